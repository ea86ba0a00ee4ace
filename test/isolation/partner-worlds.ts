/**
 * The objects of each seeded partner the isolation matrix aims requests at, and what would betray each partner's data
 * if it showed up where it must not: its people's names and e-mails, its display name, its balances.
 */
export interface PartnerWorld {
  partnerId: string;
  userId: number;
  cardId: number;
  /** A second card of the same partner (transfers). */
  otherCardId: number;
  cardholderId: number;
  email: string;
  planUid: string;
  subUid: string;
  /** A seeded fraud-list entry (issue 16). */
  suspensionId: string;
  /** Created at set-up (ids Migo hands out). */
  transferId: number;
  linkUid: string;
  apmUid: string;
  statementReference: string;
  /** A settlement of the partner's seeded payments (read at set-up). */
  settlementId: string;
}

export type SeededWorld = Omit<PartnerWorld, 'transferId' | 'linkUid' | 'apmUid' | 'statementReference' | 'settlementId'>;

export const SEEDED: Record<'acme' | 'globex' | 'initech', SeededWorld> = {
  acme: { partnerId: 'acme', userId: 101, cardId: 5001, otherCardId: 5002, cardholderId: 1, email: 'maria.lopez@example.gt', planUid: 'pln_basico', subUid: 'sub_01HAAA', suspensionId: 'sus_seed_acme' },
  globex: { partnerId: 'globex', userId: 107, cardId: 5202, otherCardId: 5201, cardholderId: 7, email: 'valeria.rojas@example.com', planUid: 'pln_pro', subUid: 'sub_01HEEE', suspensionId: 'sus_seed_globex' },
  initech: { partnerId: 'initech', userId: 108, cardId: 5501, otherCardId: 5502, cardholderId: 8, email: 'ignacio.quinonez@initech.test', planUid: 'pln_initech', subUid: 'sub_01HIII', suspensionId: 'sus_seed_initech' },
};

/** Objects nobody has: a restricted app must not learn from the answer whether they exist. */
export const NOWHERE: PartnerWorld = {
  partnerId: 'nowhere',
  userId: 990001,
  cardId: 990002,
  otherCardId: 990003,
  cardholderId: 990004,
  email: 'nobody@nowhere.test',
  planUid: 'pln_nowhere',
  subUid: 'sub_nowhere',
  suspensionId: 'sus_nowhere',
  transferId: 990005,
  linkUid: 'trx_nowhere',
  apmUid: 'apm_nowhere',
  statementReference: 'stm_nowhere',
  settlementId: 'stl_nowhere',
};

/**
 * Values only each partner's data holds (seeded people, display names, balances with decimals, addresses). Ids are left
 * out: a request names them itself, and an answer may echo what it was asked (`instance`, a refusal's detail).
 */
export const RECOGNIZABLE: Record<string, readonly string[]> = {
  acme: ['Acme Bank', 'maria.lopez@example.gt', 'María', 'López', 'jose.perez@example.gt', 'Zona 10, Ciudad de Guatemala', '2345678900101', 'Plan Básico', 'Nómina'],
  globex: ['Globex Fintech', 'valeria.rojas@example.com', 'Valeria', 'Rojas', 'diego.castillo@example.com', 'Diego', 'Castillo', 'Santa Tecla', 'P0000107', '640.75'],
  initech: ['Initech Cards', 'ignacio.quinonez@initech.test', 'Ignacio', 'Quiñónez', 'Cobán, Alta Verapaz', '2345678900108', 'Initech Flota', '777.77', 'Corporativa'],
};

/** The recognizable values of `partners` found in `text`. */
export function leaksIn(text: string, partners: readonly string[]): string[] {
  return partners.flatMap((partner) => (RECOGNIZABLE[partner] ?? []).filter((value) => text.includes(value)).map((value) => `${partner}: ${value}`));
}
