import { CardholderBody, CardRowBody } from '../surfaces/cms/dto/cardholder.dto.js';
import { DirectRegistrationBody, InvitationRegistrationBody } from '../surfaces/wallet/dto/users.dto.js';

type Constructor = abstract new (...args: never[]) => unknown;

/** What a route's metadata cannot tell (a handler that writes its own answer or reads its own body). */
export interface RouteNote {
  /** The success answer is a named schema of components.schemas. */
  returns?: string;
  /** The success answer is not JSON. */
  produces?: 'event-stream' | 'file' | 'prometheus';
  /** The handler picks the body's class itself (the first that fits). */
  bodyOneOf?: Constructor[];
  /** Multipart file fields; `jsonRows`: the same upload may come as JSON rows (`[...]` or `{rows, otp?}`) instead. */
  upload?: { files: string[]; textFields?: string[]; jsonRows?: Constructor };
  /** Answered from Redis alone: Migo's failures (502, 504) cannot happen. */
  local?: boolean;
  /** The answer carries an ETag and may be 304 Not Modified. */
  conditional?: boolean;
}

/** By `METHOD path` as registered (the spec fails when a note names a route that no longer exists). */
export const ROUTE_NOTES: Record<string, RouteNote> = {
  'GET /v1/jobs': { returns: 'JobList', local: true },
  'GET /v1/jobs/:id': { returns: 'Job', local: true },
  'DELETE /v1/jobs/:id': { returns: 'Job', local: true },
  'GET /v1/jobs/:id/result': { produces: 'file' },
  'GET /v1/jobs/:id/events': { produces: 'event-stream', local: true },
  'GET /v1/events': { produces: 'event-stream', local: true },
  'GET /v1/wallet/cards/:cardId/statements/:reference/file': { produces: 'file' },
  'POST /v1/wallet/leads/files/upload/:fileName': { produces: 'file' },
  'POST /v1/wallet/users': { bodyOneOf: [InvitationRegistrationBody, DirectRegistrationBody] },
  'POST /v1/wallet/businesses/:commerceId/files': { upload: { files: ['businessPhoto', 'utilityBill'] } },
  'POST /v1/cms/partners/:partnerId/cardholders/upload': { upload: { files: ['users'], textFields: ['otp'], jsonRows: CardholderBody } },
  'POST /v1/cms/partners/:partnerId/cards/upload': { upload: { files: ['cards'], textFields: ['otp'], jsonRows: CardRowBody } },
  'POST /v1/middleware/v1/subscriptions/charges/upload-csv': { upload: { files: ['file'] } },
  'GET /metrics': { produces: 'prometheus', local: true },
  'GET /health/live': { returns: 'Liveness', local: true },
};

/** Notes that hold for every route under a path prefix. */
export const PREFIX_NOTES: Array<[string, RouteNote]> = [['/v1/views/', { returns: 'View', conditional: true }]];

export function noteFor(method: string, path: string): RouteNote {
  const prefixed = PREFIX_NOTES.filter(([prefix]) => path.startsWith(prefix)).map(([, note]) => note);
  return Object.assign({}, ...prefixed, ROUTE_NOTES[`${method} ${path}`]);
}
