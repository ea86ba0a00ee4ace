/**
 * The seeded demo world, shared by every surface so the same people appear everywhere:
 * a CMS cardholder has a Wallet user and cards, and (by e-mail) Middleware subscriptions.
 * Dates are relative to the moment of the reset so "this month" always has movements.
 */

export interface SeedPartner {
  partnerId: string;
  name: string;
  currency: string;
  /** Partner balance (GET /app/partners/{clientId}/balance). */
  balance: number;
  /** The Middleware `client` slug of this partner (the same string; see docs/upstream-assumptions.md). */
  middlewareClient: string;
}

export interface SeedOperator {
  id: number;
  email: string;
  password: string;
  name: string;
  partners: string[];
  /** Subject to the CMS "conditional OTP guard" (detail and uploads need an OTP). */
  otpRequired: boolean;
}

export interface SeedPerson {
  cardholderId: number;
  partnerId: string;
  walletUserId: number;
  name: string;
  lastName: string;
  email: string;
  phoneNumber: string;
  documentType: string;
  documentNumber: string;
  dateOfBirth: string;
  gender: 'F' | 'M' | 'OTHER';
  maritalStatus: string;
  address: string;
  countryOfBirth: string;
  cards: Array<{ cardId: number; last4: string; alias: string; balance: number; status: 'active' | 'inactive' | 'blocked' }>;
}

export interface SeedPlan {
  planUid: string;
  client: string;
  name: string;
  amount: number;
  currency: string;
  frequencyDays: number;
}

export interface SeedSubscription {
  subUid: string;
  planUid: string;
  client: string;
  /** Middleware userId: the cardholder's e-mail. */
  userId: string;
  status: 'active' | 'cancelled' | 'expired' | 'inactive';
  cardLast4: string;
}

export const DEMO_MERCHANT_APPLICATION_ID = 'app_migo_demo';

export const SEED_PARTNERS: SeedPartner[] = [
  { partnerId: 'acme', name: 'Acme Bank', currency: 'GTQ', balance: 250000, middlewareClient: 'acme' },
  { partnerId: 'globex', name: 'Globex Fintech', currency: 'USD', balance: 80000, middlewareClient: 'globex' },
  { partnerId: 'initech', name: 'Initech Cards', currency: 'GTQ', balance: 5000, middlewareClient: 'initech' },
];

/** Demo passwords are part of the seed, like Migo's sandbox credentials sheet. */
export const SEED_OPERATORS: SeedOperator[] = [
  { id: 1, email: 'ops@acme.test', password: 'Operator#2026', name: 'Ana Operaciones', partners: ['acme', 'globex'], otpRequired: false },
  { id: 2, email: 'supervisor@acme.test', password: 'Supervisor#2026', name: 'Sergio Supervisor', partners: ['acme'], otpRequired: true },
  { id: 3, email: 'support@globex.test', password: 'Support#2026', name: 'Gloria Soporte', partners: ['globex'], otpRequired: false },
  { id: 4, email: 'auditor@migo.test', password: 'Auditor#2026', name: 'Arturo Auditor', partners: [], otpRequired: false },
];

const guatemalan = { countryOfBirth: 'GT', documentType: 'DPI', maritalStatus: 'soltero' };

export const SEED_PEOPLE: SeedPerson[] = [
  { cardholderId: 1, partnerId: 'acme', walletUserId: 101, name: 'María', lastName: 'López', email: 'maria.lopez@example.gt', phoneNumber: '50255550101', documentNumber: '2345678900101', dateOfBirth: '1990-04-12', gender: 'F', address: 'Zona 10, Ciudad de Guatemala', ...guatemalan,
    cards: [ { cardId: 5001, last4: '4401', alias: 'Nómina', balance: 1520.5, status: 'active' }, { cardId: 5002, last4: '4402', alias: 'Viajes', balance: 300, status: 'active' } ] },
  { cardholderId: 2, partnerId: 'acme', walletUserId: 102, name: 'José', lastName: 'Pérez', email: 'jose.perez@example.gt', phoneNumber: '50255550102', documentNumber: '2345678900102', dateOfBirth: '1985-09-30', gender: 'M', address: 'Zona 1, Ciudad de Guatemala', ...guatemalan, maritalStatus: 'casado',
    cards: [ { cardId: 5003, last4: '4403', alias: 'Principal', balance: 845.25, status: 'active' } ] },
  { cardholderId: 3, partnerId: 'acme', walletUserId: 103, name: 'Lucía', lastName: 'Ramírez', email: 'lucia.ramirez@example.gt', phoneNumber: '50255550103', documentNumber: '2345678900103', dateOfBirth: '1998-01-05', gender: 'F', address: 'Antigua Guatemala', ...guatemalan,
    cards: [ { cardId: 5004, last4: '4404', alias: 'Gastos', balance: 50, status: 'blocked' } ] },
  { cardholderId: 4, partnerId: 'acme', walletUserId: 104, name: 'Carlos', lastName: 'Méndez', email: 'carlos.mendez@example.gt', phoneNumber: '50255550104', documentNumber: '2345678900104', dateOfBirth: '1979-07-21', gender: 'M', address: 'Quetzaltenango', ...guatemalan, maritalStatus: 'divorciado',
    cards: [ { cardId: 5005, last4: '4405', alias: 'Empresa', balance: 10000, status: 'active' } ] },
  { cardholderId: 5, partnerId: 'acme', walletUserId: 105, name: 'Ana', lastName: 'García', email: 'ana.garcia@example.gt', phoneNumber: '50255550105', documentNumber: '2345678900105', dateOfBirth: '2001-11-02', gender: 'F', address: 'Escuintla', ...guatemalan,
    cards: [ { cardId: 5006, last4: '4406', alias: 'Nueva', balance: 0, status: 'inactive' } ] },
  { cardholderId: 6, partnerId: 'globex', walletUserId: 106, name: 'Diego', lastName: 'Castillo', email: 'diego.castillo@example.com', phoneNumber: '50377770106', documentNumber: 'P0000106', dateOfBirth: '1992-03-14', gender: 'M', address: 'San Salvador', countryOfBirth: 'SV', documentType: 'PASSPORT', maritalStatus: 'soltero',
    cards: [ { cardId: 5201, last4: '5201', alias: 'USD', balance: 640.75, status: 'active' } ] },
  { cardholderId: 7, partnerId: 'globex', walletUserId: 107, name: 'Valeria', lastName: 'Rojas', email: 'valeria.rojas@example.com', phoneNumber: '50377770107', documentNumber: 'P0000107', dateOfBirth: '1988-12-24', gender: 'F', address: 'Santa Tecla', countryOfBirth: 'SV', documentType: 'PASSPORT', maritalStatus: 'casado',
    cards: [ { cardId: 5202, last4: '5202', alias: 'USD', balance: 1200, status: 'active' } ] },
  { cardholderId: 8, partnerId: 'initech', walletUserId: 108, name: 'Ignacio', lastName: 'Quiñónez', email: 'ignacio.quinonez@initech.test', phoneNumber: '50255550108', documentNumber: '2345678900108', dateOfBirth: '1983-06-09', gender: 'M', address: 'Cobán, Alta Verapaz', ...guatemalan, maritalStatus: 'casado',
    cards: [ { cardId: 5501, last4: '5501', alias: 'Corporativa', balance: 777.77, status: 'active' }, { cardId: 5502, last4: '5502', alias: 'Viáticos', balance: 91.3, status: 'active' } ] },
];

/** Cards issued to a partner but not yet assigned to anyone (used by cardholder create and uploads). */
export const SEED_INVENTORY: Array<{ partnerId: string; cardIds: number[]; currency: string }> = [
  { partnerId: 'acme', cardIds: Array.from({ length: 40 }, (_, i) => 5101 + i), currency: 'GTQ' },
  { partnerId: 'globex', cardIds: Array.from({ length: 20 }, (_, i) => 5301 + i), currency: 'USD' },
  { partnerId: 'initech', cardIds: Array.from({ length: 10 }, (_, i) => 5401 + i), currency: 'GTQ' },
];

export const SEED_PLANS: SeedPlan[] = [
  { planUid: 'pln_basico', client: 'acme', name: 'Plan Básico', amount: 99, currency: 'GTQ', frequencyDays: 30 },
  { planUid: 'pln_premium', client: 'acme', name: 'Plan Premium', amount: 249, currency: 'GTQ', frequencyDays: 30 },
  { planUid: 'pln_pro', client: 'globex', name: 'Pro', amount: 19.99, currency: 'USD', frequencyDays: 30 },
  { planUid: 'pln_initech', client: 'initech', name: 'Initech Flota', amount: 55.55, currency: 'GTQ', frequencyDays: 30 },
];

export interface SeedSuspension {
  id: string;
  client: string;
  list: 'block' | 'allow';
  type: 'card-fingerprint' | 'bin' | 'email' | 'phone' | 'document';
  value: string;
  reason: string;
}

/** One fraud-list entry per partner (the isolation matrix removes them), none that a seeded payment would match. */
export const SEED_SUSPENSIONS: SeedSuspension[] = [
  { id: 'sus_seed_acme', client: 'acme', list: 'block', type: 'email', value: 'fraude@acme-blocked.test', reason: 'Chargeback ring (seed)' },
  { id: 'sus_seed_globex', client: 'globex', list: 'block', type: 'bin', value: '60110009', reason: 'Prepaid BIN abuse (seed)' },
  { id: 'sus_seed_initech', client: 'initech', list: 'allow', type: 'phone', value: '+50255550000', reason: 'Fleet manager (seed)' },
];

export const SEED_SUBSCRIPTIONS: SeedSubscription[] = [
  { subUid: 'sub_01HAAA', planUid: 'pln_basico', client: 'acme', userId: 'maria.lopez@example.gt', status: 'active', cardLast4: '4401' },
  { subUid: 'sub_01HAAB', planUid: 'pln_premium', client: 'acme', userId: 'maria.lopez@example.gt', status: 'active', cardLast4: '4402' },
  { subUid: 'sub_01HBBB', planUid: 'pln_premium', client: 'acme', userId: 'jose.perez@example.gt', status: 'active', cardLast4: '4403' },
  { subUid: 'sub_01HCCC', planUid: 'pln_basico', client: 'acme', userId: 'lucia.ramirez@example.gt', status: 'cancelled', cardLast4: '4404' },
  { subUid: 'sub_01HDDD', planUid: 'pln_basico', client: 'acme', userId: 'carlos.mendez@example.gt', status: 'active', cardLast4: '4405' },
  { subUid: 'sub_01HEEE', planUid: 'pln_pro', client: 'globex', userId: 'valeria.rojas@example.com', status: 'active', cardLast4: '5202' },
  { subUid: 'sub_01HIII', planUid: 'pln_initech', client: 'initech', userId: 'ignacio.quinonez@initech.test', status: 'active', cardLast4: '5501' },
];

/** Terminal owned by the demo business, for the terminal and terminal-payment routes. */
export const SEED_TERMINALS = [
  { terminalId: 1, deviceId: 'device-abc123', externalTerminalId: 'TRM-EXT-001', authUserId: 101, commerceId: 3001, branchCode: 'BR-001', currency: 'GTQ', terminalType: 'tapToPhone', isActive: true },
  { terminalId: 2, deviceId: 'device-def456', externalTerminalId: 'TRM-EXT-002', authUserId: 101, commerceId: 3001, branchCode: 'BR-001', currency: 'GTQ', terminalType: 'pos', isActive: true },
];
