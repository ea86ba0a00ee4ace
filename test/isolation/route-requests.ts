import { randomBytes, randomUUID } from 'node:crypto';
import type { PartnerWorld } from './partner-worlds.js';

/** One request the matrix sends; `form` builds a multipart body, `stream` reads an SSE answer briefly. */
export interface MatrixRequest {
  path: string;
  body?: unknown;
  form?: () => FormData;
  headers?: Record<string, string>;
  stream?: boolean;
}

export interface RequestContext {
  /** A job of the calling app about `world`'s partner (another app's, or none, when the app has no such job). */
  jobOf(world: PartnerWorld): string;
  /** A watch of the calling app on `world`'s partner's subscription (another app's, or none, when the app has none). */
  watchOf(world: PartnerWorld): string;
}

/** Builds the request a route gets about one partner's objects (`world`); every reference in it names that partner. */
export type RequestBuilder = (world: PartnerWorld, context: RequestContext) => MatrixRequest;

const key = () => ({ 'idempotency-key': randomUUID() });
/** The last 93 days (the longest range the settlement routes take), where the seeded payments settled. */
export const settlementRange = () => `from=${new Date(Date.now() - 92 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date().toISOString().slice(0, 10)}`;
const unique = () => randomUUID().slice(0, 8);
const cardholder = (world: PartnerWorld) => ({
  name: 'Matriz',
  lastName: 'Prueba',
  address: 'Zona 4',
  countryOfBirth: 'GT',
  dateOfBirth: '1990-01-01',
  maritalStatus: 'soltero',
  gender: 'F',
  phoneNumber: '50255550999',
  email: `matrix.${unique()}@example.gt`,
  documentType: 'DPI',
  documentNumber: `${Date.now()}`.slice(-12),
  cardId: world.cardId,
});
const csv = (world: PartnerWorld) => () => {
  const form = new FormData();
  form.append('clientId', world.partnerId);
  form.append('file', new Blob([`subscriptionId,amount\n${world.subUid},1.00\n`], { type: 'text/csv' }), 'charges.csv');
  return form;
};
const evidence = () => () => {
  const form = new FormData();
  form.append('requestedAmount', '10');
  form.append('evidence', new Blob(['%PDF-1.4 matrix'], { type: 'application/pdf' }), 'evidence.pdf');
  return form;
};
const conciliationFile = () => {
  const form = new FormData();
  form.append('file', new Blob([`reference,amount,currency,date\ntrx_matrix${unique()},10.00,GTQ,2026-01-05\n`], { type: 'text/csv' }), 'conciliation.csv');
  return form;
};
const businessFiles = () => () => {
  const form = new FormData();
  form.append('businessPhoto', new Blob(['jpeg'], { type: 'image/jpeg' }), 'photo.jpg');
  form.append('utilityBill', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'bill.pdf');
  return form;
};

/**
 * Every route of the BFF, keyed as its OpenAPI operation (`METHOD /path`). The matrix fails on an operation missing
 * here: a new route is not done until someone has written how to aim it at one partner's objects.
 */
export const ROUTE_REQUESTS: Record<string, RequestBuilder> = {
  'GET /metrics': () => ({ path: '/metrics' }),
  'GET /v1/jobs': () => ({ path: '/v1/jobs?limit=100' }),
  'POST /v1/jobs': (w) => ({ path: '/v1/jobs', body: { type: 'wallet.statement', upstreamId: `${w.cardId}/${w.statementReference}` } }),
  'GET /v1/jobs/{id}': (w, c) => ({ path: `/v1/jobs/${c.jobOf(w)}` }),
  'DELETE /v1/jobs/{id}': (w, c) => ({ path: `/v1/jobs/${c.jobOf(w)}` }),
  'GET /v1/jobs/{id}/result': (w, c) => ({ path: `/v1/jobs/${c.jobOf(w)}/result` }),
  'GET /v1/jobs/{id}/events': (w, c) => ({ path: `/v1/jobs/${c.jobOf(w)}/events`, stream: true }),
  'GET /v1/events': () => ({ path: '/v1/events', stream: true }),

  'POST /v1/cms/users/auth/otp': () => ({ path: '/v1/cms/users/auth/otp', body: { email: 'ops@acme.test', purpose: 'process-request' } }),
  'PUT /v1/cms/users/auth/otp': () => ({ path: '/v1/cms/users/auth/otp', body: { email: 'ops@acme.test', purpose: 'process-request', otp: '000000' } }),
  'GET /v1/cms/partners': () => ({ path: '/v1/cms/partners' }),
  'GET /v1/cms/partners/{partnerId}': (w) => ({ path: `/v1/cms/partners/${w.partnerId}` }),
  'GET /v1/cms/partners/{clientId}/balance': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/balance` }),
  'GET /v1/cms/partners/{partnerId}/cardholders': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/cardholders` }),
  'POST /v1/cms/partners/{partnerId}/cardholders': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/cardholders`, body: cardholder(w) }),
  'POST /v1/cms/partners/{partnerId}/cardholders/{cardholderId}': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/cardholders/${w.cardholderId}`, body: {} }),
  'POST /v1/cms/partners/{partnerId}/cardholders/{cardholderId}/close': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/cardholders/${w.cardholderId}/close`, body: {} }),
  'POST /v1/cms/partners/{partnerId}/cardholders/upload': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/cardholders/upload`, body: [cardholder(w)] }),
  'POST /v1/cms/partners/{partnerId}/cards/upload': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/cards/upload`, body: [{ alias: 'Matriz', currency: 'GTQ' }] }),
  'GET /v1/cms/partners/{partnerId}/{kind}/batch/{batchId}': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/cardholders/batch/bat_matrix` }),
  'GET /v1/cms/modules': () => ({ path: '/v1/cms/modules' }),
  'POST /v1/cms/permissions': () => ({ path: '/v1/cms/permissions', body: { permissions: [{ resource: `matrix${unique()}`, action: 'read' }] } }),
  'GET /v1/cms/users/{cmsUserId}/partners/{partnerId}/permissions': (w) => ({ path: `/v1/cms/users/1/partners/${w.partnerId}/permissions` }),
  'POST /v1/cms/users/{cmsUserId}/permissions': (w) => ({ path: '/v1/cms/users/3/permissions', body: { permissions: [{ permissionId: 1, partnerId: w.partnerId }] } }),
  'DELETE /v1/cms/users/{cmsUserId}/permissions': (w) => ({ path: '/v1/cms/users/3/permissions', body: { permissions: [{ permissionId: 1, partnerId: w.partnerId }] } }),
  'POST /v1/cms/partners/{partnerId}/process-request': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/process-request`, form: evidence() }),
  'GET /v1/cms/partners/{clientId}/process-requests': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/process-requests` }),
  'GET /v1/cms/partners/{clientId}/process-requests/all': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/process-requests/all` }),
  'PATCH /v1/cms/partners/{clientId}/process-requests/{id}': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/process-requests/1`, body: { status: 'rejected', reason: 'matrix' } }),
  // issue 16: conciliation files
  'POST /v1/cms/partners/{partnerId}/conciliation-files': (w) => ({ path: `/v1/cms/partners/${w.partnerId}/conciliation-files`, form: conciliationFile, headers: key() }),

  'POST /v1/wallet/users/auth/otp': () => ({ path: '/v1/wallet/users/auth/otp', body: { email: 'matrix@example.gt', purpose: 'pin_change' } }),
  'PUT /v1/wallet/users/auth/otp': () => ({ path: '/v1/wallet/users/auth/otp', body: { email: 'matrix@example.gt', purpose: 'pin_change', otp: '000000' } }),
  'POST /v1/wallet/users/auth/password/reset': () => ({ path: '/v1/wallet/users/auth/password/reset', body: { email: 'matrix@example.gt', otp: '000000', password: 'Matrix#2027-secret', confirmPassword: 'Matrix#2027-secret' } }),
  'GET /v1/wallet/users/permissions': () => ({ path: '/v1/wallet/users/permissions' }),
  'POST /v1/wallet/users/permissions': () => ({ path: '/v1/wallet/users/permissions', body: { permissions: [{ resource: `matrix${unique()}`, action: 'read' }] } }),
  'POST /v1/wallet/users/{userId}/permissions': (w) => ({ path: `/v1/wallet/users/${w.userId}/permissions`, body: { permissions: [{ roleId: 1, permissionId: 1, granted: true }] } }),
  'PATCH /v1/wallet/users/{userId}/permissions': (w) => ({ path: `/v1/wallet/users/${w.userId}/permissions`, body: { permissions: [{ roleId: 1, permissionId: 1, granted: false }] } }),
  'POST /v1/wallet/users': () => ({
    path: '/v1/wallet/users',
    body: { firstName: 'Matriz', lastName: 'Prueba', address: 'Zona 4', countryOfBirth: 'GTM', placeOfBirth: 'Guatemala', gender: 'F', maritalStatus: 'soltero', phoneNumber: '50255550998', username: `matrix.${unique()}@example.gt`, password: 'Matrix#2027-secret' },
  }),
  'POST /v1/wallet/users/invitation-code': () => ({ path: '/v1/wallet/users/invitation-code', body: { role: 'cashier', branchCode: 'BR-001' } }),
  'GET /v1/wallet/users/{userId}': (w) => ({ path: `/v1/wallet/users/${w.userId}` }),
  'POST /v1/wallet/users/{userId}/cards/virtuals': (w) => ({ path: `/v1/wallet/users/${w.userId}/cards/virtuals`, headers: key() }),
  'POST /v1/wallet/users/{userId}/cards': (w) => ({ path: `/v1/wallet/users/${w.userId}/cards?clientId=${w.partnerId}`, body: { card: '4000000000000002' } }),
  'GET /v1/wallet/users/{userId}/cards': (w) => ({ path: `/v1/wallet/users/${w.userId}/cards` }),
  'POST /v1/wallet/users/{userId}/linked-cards': (w) => ({ path: `/v1/wallet/users/${w.userId}/linked-cards`, body: { email: w.email, suffix: '0000', alias: 'Matriz' } }),
  'GET /v1/wallet/users/{userId}/linked-cards': (w) => ({ path: `/v1/wallet/users/${w.userId}/linked-cards` }),
  'PATCH /v1/wallet/users/{userId}/linked-cards/{associationId}': (w) => ({ path: `/v1/wallet/users/${w.userId}/linked-cards/1`, body: { alias: 'Matriz' } }),
  'DELETE /v1/wallet/users/{userId}/linked-cards/{associationId}': (w) => ({ path: `/v1/wallet/users/${w.userId}/linked-cards/999` }),
  'GET /v1/wallet/cards/{cardId}': (w) => ({ path: `/v1/wallet/cards/${w.cardId}` }),
  'PATCH /v1/wallet/cards/{cardId}/status': (w) => ({ path: `/v1/wallet/cards/${w.cardId}/status`, body: { status: 'active' } }),
  'PATCH /v1/wallet/cards/{cardId}/alias': (w) => ({ path: `/v1/wallet/cards/${w.cardId}/alias`, body: { alias: 'Matriz' } }),
  'POST /v1/wallet/cards/{cardId}/pin': (w) => ({ path: `/v1/wallet/cards/${w.cardId}/pin`, body: { pin: '7391' } }),
  'POST /v1/wallet/cards/{cardId}/users/{authUserId}/pin': (w) => ({ path: `/v1/wallet/cards/${w.cardId}/users/${w.userId}/pin`, body: { pin: '7391' } }),
  'POST /v1/wallet/cards/{cardId}/funds': (w) => ({ path: `/v1/wallet/cards/${w.cardId}/funds`, body: { amount: 1, operation: 'ADD_FUNDS', channel: 'WEB', reference: `MATRIX-${unique()}` }, headers: key() }),
  'PUT /v1/wallet/cards/{cardId}/funds': (w) => ({ path: `/v1/wallet/cards/${w.cardId}/funds`, body: { amount: 1, operation: 'ADD_FUNDS', reference: `MATRIX-${unique()}` }, headers: key() }),
  'POST /v1/wallet/cards/transfer': (w) => ({ path: '/v1/wallet/cards/transfer', body: { fromCardId: w.cardId, toCardId: w.otherCardId, amount: 0.01 }, headers: key() }),
  'GET /v1/wallet/card-transfers/{id}': (w) => ({ path: `/v1/wallet/card-transfers/${w.transferId}` }),
  'GET /v1/wallet/cards/{cardId}/transfers/{month}/{year}': (w) => ({ path: `/v1/wallet/cards/${w.cardId}/transfers/${new Date().getUTCMonth() + 1}/${new Date().getUTCFullYear()}` }),
  'POST /v1/wallet/card-transfers/types': () => ({ path: '/v1/wallet/card-transfers/types', body: { types: [{ type: `matrix${unique()}`, channel: 'webService', movementType: 'credit', model: 'settlement' }] } }),
  'POST /v1/wallet/cards/{cardId}/statements': (w) => ({ path: `/v1/wallet/cards/${w.cardId}/statements`, body: { month: 10, year: 2026 } }),
  'GET /v1/wallet/cards/{cardId}/statements/{reference}': (w) => ({ path: `/v1/wallet/cards/${w.cardId}/statements/${w.statementReference}` }),
  'GET /v1/wallet/cards/{cardId}/statements/{reference}/file': (w) => ({ path: `/v1/wallet/cards/${w.cardId}/statements/${w.statementReference}/file` }),
  'POST /v1/wallet/terminal-payment': () => ({ path: '/v1/wallet/terminal-payment', body: { subtotal: 1.5, deviceId: 'device-abc123' }, headers: key() }),
  'PATCH /v1/wallet/terminal-payment/{id}': () => ({ path: '/v1/wallet/terminal-payment/1', body: { externalId: 'MATRIX' }, headers: key() }),
  'GET /v1/wallet/terminal-payment/{id}': () => ({ path: '/v1/wallet/terminal-payment/1' }),
  'GET /v1/wallet/devices/users/{authUserId}/terminals/{deviceId}': (w) => ({ path: `/v1/wallet/devices/users/${w.userId}/terminals/device-abc123` }),
  'GET /v1/wallet/businesses/users/{authUserId}/terminals/{deviceId}': (w) => ({ path: `/v1/wallet/businesses/users/${w.userId}/terminals/device-abc123` }),
  'GET /v1/wallet/devices/{deviceId}/transactions': () => ({ path: '/v1/wallet/devices/device-abc123/transactions' }),
  'GET /v1/wallet/devices/{deviceId}/transactions/{transactionId}': () => ({ path: '/v1/wallet/devices/device-abc123/transactions/1' }),
  'PATCH /v1/wallet/businesses/terminals/{deviceId}': () => ({ path: '/v1/wallet/businesses/terminals/device-def456', body: { isActive: true } }),
  'DELETE /v1/wallet/businesses/terminals/{deviceId}': () => ({ path: '/v1/wallet/businesses/terminals/device-none' }),
  'POST /v1/wallet/leads': (w) => ({
    path: '/v1/wallet/leads',
    body: { firstName: 'Matriz', lastName: 'Prueba', gender: 'F', cui: '1234567890101', expirationDate: '2030-01-31', commercialName: 'Tienda Matriz', partner: w.partnerId },
  }),
  'POST /v1/wallet/leads/files/upload/{fileName}': () => ({ path: '/v1/wallet/leads/files/upload/nothing.pdf' }),
  'POST /v1/wallet/businesses/{commerceId}/files': () => ({ path: '/v1/wallet/businesses/3001/files', form: businessFiles() }),
  'GET /v1/wallet/businesses/{commerceId}/docs': () => ({ path: '/v1/wallet/businesses/3001/docs' }),
  'GET /v1/wallet/configs': () => ({ path: '/v1/wallet/configs' }),
  'PATCH /v1/wallet/configs': () => ({ path: '/v1/wallet/configs', body: { name: 'Migo BFF' } }),

  'POST /v1/middleware/transactions': (w) => ({ path: '/v1/middleware/transactions', body: { amount: 12.5, userId: w.email, channel: 'web', client: w.partnerId }, headers: key() }),
  'GET /v1/middleware/transactions/{uid}': (w) => ({ path: `/v1/middleware/transactions/${w.linkUid}` }),
  'POST /v1/middleware/revert': (w) => ({ path: '/v1/middleware/revert', body: { transactionUid: w.linkUid, processor: 'fac-2' }, headers: key() }),
  'POST /v1/middleware/refund': (w) => ({ path: '/v1/middleware/refund', body: { transactionUid: w.linkUid, processor: 'fac-2', amount: 1 }, headers: key() }),
  'POST /v1/middleware/api/v1/integrations/transactions': (w) => ({ path: '/v1/middleware/api/v1/integrations/transactions', body: { amount: 9.5, channel: 'web', client: w.partnerId, userId: w.email }, headers: key() }),
  'GET /v1/middleware/api/v1/integrations/transactions/{uid}': (w) => ({ path: `/v1/middleware/api/v1/integrations/transactions/${w.apmUid}` }),
  'POST /v1/middleware/api/v1/integrations/transactions/{uid}/payment-intents': (w) => ({ path: `/v1/middleware/api/v1/integrations/transactions/${w.apmUid}/payment-intents`, body: { processor: 'fri' } }),
  'POST /v1/middleware/api/v1/integrations/transactions/{uid}/payments': (w) => ({ path: `/v1/middleware/api/v1/integrations/transactions/${w.apmUid}/payments`, body: { processor: 'fri', data: { user: 'matrix' } }, headers: key() }),
  'POST /v1/middleware/api/v1/integrations/transactions/{uid}/dismiss': (w) => ({ path: `/v1/middleware/api/v1/integrations/transactions/${w.apmUid}/dismiss`, body: { reason: 'matrix' }, headers: key() }),
  'POST /v1/middleware/v1/plans': (w) => ({ path: '/v1/middleware/v1/plans', body: { client: w.partnerId, plan: { name: `Matriz ${unique()}`, amount: 5, currency: 'GTQ', frequency: { frequency: 30 } } } }),
  'PUT /v1/middleware/v1/plans': (w) => ({ path: '/v1/middleware/v1/plans', body: { client: w.partnerId, planUid: w.planUid, plan: { name: 'Matriz' } } }),
  'GET /v1/middleware/v1/plans/list': (w) => ({ path: `/v1/middleware/v1/plans/list?client=${w.partnerId}` }),
  'GET /v1/middleware/v1/plans/{planId}/client/{client}/detail': (w) => ({ path: `/v1/middleware/v1/plans/${w.planUid}/client/${w.partnerId}/detail` }),
  'POST /v1/middleware/v1/subscriptions/payment-methods': (w) => ({ path: '/v1/middleware/v1/subscriptions/payment-methods', body: { tokenizeData: { userId: w.email, clientId: w.partnerId, processorId: 'fac-2', cardId: 'tok_matrix' } } }),
  'DELETE /v1/middleware/v1/subscriptions/payment-methods': (w) => ({ path: '/v1/middleware/v1/subscriptions/payment-methods', body: { userId: w.email, clientId: w.partnerId, paymentMethodId: 'pm_none' } }),
  'PUT /v1/middleware/v1/subscriptions/payment-methods/set-default': (w) => ({ path: '/v1/middleware/v1/subscriptions/payment-methods/set-default', body: { subUid: w.subUid, paymentMethodId: 'pm_none' } }),
  'POST /v1/middleware/v1/subscriptions/verify-card': (w) => ({ path: '/v1/middleware/v1/subscriptions/verify-card', body: { uid: w.linkUid, processor: 'fac-2', cardInfo: { token: 'tok_matrix', last4: '4242' }, shouldCreateSubscription: false } }),
  'GET /v1/middleware/v1/subscriptions': (w) => ({ path: `/v1/middleware/v1/subscriptions?userId=${encodeURIComponent(w.email)}&clientId=${w.partnerId}` }),
  'PUT /v1/middleware/v1/subscriptions': (w) => ({ path: '/v1/middleware/v1/subscriptions', body: { subUid: w.subUid, notificationEmail: 'matrix@example.gt' } }),
  'GET /v1/middleware/v1/subscriptions/detail/{subUid}': (w) => ({ path: `/v1/middleware/v1/subscriptions/detail/${w.subUid}` }),
  'DELETE /v1/middleware/v1/subscriptions/{subUid}': (w) => ({ path: `/v1/middleware/v1/subscriptions/${w.subUid}` }),
  'POST /v1/middleware/v1/subscriptions/charges': (w) => ({ path: '/v1/middleware/v1/subscriptions/charges', body: { client: w.partnerId, data: [{ subscriptionId: w.subUid, amount: 1 }] }, headers: key() }),
  'POST /v1/middleware/v1/subscriptions/charges/upload-csv': (w) => ({ path: '/v1/middleware/v1/subscriptions/charges/upload-csv', form: csv(w), headers: key() }),
  'GET /v1/middleware/v1/subscriptions/payment-history': (w) => ({ path: `/v1/middleware/v1/subscriptions/payment-history?subscriptionId=${w.subUid}` }),
  // issue 16: BIN verification and fraud suspensions
  'POST /v1/middleware/bins/lookup': () => ({ path: '/v1/middleware/bins/lookup', body: { bin: '411111' } }),
  'POST /v1/middleware/bins/lookup-batch': () => ({ path: '/v1/middleware/bins/lookup-batch', body: { bins: ['411111', '522222'] } }),
  'GET /v1/middleware/suspensions': (w) => ({ path: `/v1/middleware/suspensions?client=${w.partnerId}` }),
  'POST /v1/middleware/suspensions': (w) => ({ path: '/v1/middleware/suspensions', body: { client: w.partnerId, list: 'block', type: 'email', value: `matrix.${unique()}@example.gt`, reason: 'matrix' }, headers: key() }),
  'DELETE /v1/middleware/suspensions/{id}': (w) => ({ path: `/v1/middleware/suspensions/${w.suspensionId}?client=${w.partnerId}`, headers: key() }),
  'GET /v1/migration/transactions/search': (w) => ({ path: `/v1/migration/transactions/search?client=${w.partnerId}&status=approved` }),

  'GET /v1/views/partners/{partnerId}/cardholders/{cardholderId}': (w) => ({ path: `/v1/views/partners/${w.partnerId}/cardholders/${w.cardholderId}` }),
  'GET /v1/views/partners/{partnerId}/overview': (w) => ({ path: `/v1/views/partners/${w.partnerId}/overview` }),
  'GET /v1/views/cards/{cardId}/activity': (w) => ({ path: `/v1/views/cards/${w.cardId}/activity` }),
  'GET /v1/support/requests/{requestId}': () => ({ path: `/v1/support/requests/${randomUUID()}` }),

  // issue 16: settlements
  'GET /v1/wallet/settlements': (w) => ({ path: `/v1/wallet/settlements?partnerId=${w.partnerId}&${settlementRange()}` }),
  'GET /v1/wallet/settlements/{settlementId}': (w) => ({ path: `/v1/wallet/settlements/${w.settlementId}` }),
  'GET /v1/views/partners/{partnerId}/settlements': (w) => ({ path: `/v1/views/partners/${w.partnerId}/settlements?${settlementRange()}` }),

  // issue 17: watches
  'POST /v1/watches': (w) => ({ path: '/v1/watches', body: { type: 'middleware.subscription', upstreamId: w.subUid } }),
  'GET /v1/watches': () => ({ path: '/v1/watches?limit=100' }),
  'GET /v1/watches/{id}': (w, c) => ({ path: `/v1/watches/${c.watchOf(w)}` }),
  'GET /v1/watches/{id}/events': (w, c) => ({ path: `/v1/watches/${c.watchOf(w)}/events` }),
  'DELETE /v1/watches/{id}': (w, c) => ({ path: `/v1/watches/${c.watchOf(w)}` }),
  // issue 17: CMS operator sessions (not partner data; a handle only works for the app that opened it)
  'POST /v1/cms/sessions': () => ({ path: '/v1/cms/sessions', body: { email: 'support@globex.test', password: 'Support#2026' } }),
  'GET /v1/cms/sessions/current': () => ({ path: '/v1/cms/sessions/current', headers: { 'x-cms-session': randomBytes(32).toString('base64url') } }),
  'DELETE /v1/cms/sessions/current': () => ({ path: '/v1/cms/sessions/current', headers: { 'x-cms-session': randomBytes(32).toString('base64url') } }),
};
