import { SEED_PARTNERS } from '../../state/demo-world.js';

/** A partner's card currency; GTQ for anything that is not a seeded partner (e.g. the application itself). */
export function currencyOfPartner(partnerId: string | undefined): string {
  return SEED_PARTNERS.find((p) => p.partnerId === partnerId)?.currency ?? 'GTQ';
}

export function isKnownPartner(partnerId: string): boolean {
  return SEED_PARTNERS.some((p) => p.partnerId === partnerId);
}
