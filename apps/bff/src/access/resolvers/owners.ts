/**
 * The partners an object belongs to, and whether the app needs all of them or any one (a transfer is the app's when
 * either of its cards is). No partner at all (unknown object, card in inventory) is never the app's.
 */
export interface Owners {
  partners: Array<string | null>;
  match: 'all' | 'any';
}

export const ownedBy = (partner: string | null | undefined): Owners => ({ partners: [partner ?? null], match: 'all' });

export function ownersAllow(owners: Owners, allowed: ReadonlySet<string>): boolean {
  const mine = (partner: string | null) => partner !== null && allowed.has(partner);
  if (owners.partners.length === 0) return false;
  return owners.match === 'all' ? owners.partners.every(mine) : owners.partners.some(mine);
}
