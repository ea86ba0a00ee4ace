import type { FetchOptions, FetchResponse } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';
import { OPERATIONS } from './generated/operations.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The paths that have an operation for `M`. */
export type PathsWith<M extends HttpMethod> = { [P in keyof paths]: paths[P] extends Record<M, object> ? P : never }[keyof paths];

export type OperationAt<P, M extends HttpMethod> = P extends keyof paths ? (paths[P] extends Record<M, infer Operation> ? Operation : never) : never;

/** What a call takes: path, query and header parameters, the body, and fetch's own options (signal, …). */
export type CallInit<P, M extends HttpMethod> = FetchOptions<OperationAt<P, M>>;

type RequiredKeysOf<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/** The init argument is optional when nothing in it is required. */
export type InitArgument<Init> = RequiredKeysOf<Init> extends never ? [init?: Init] : [init: Init];

/** The success body of the operation (as `parseAs` asks, JSON by default). */
export type SuccessData<P, M extends HttpMethod, Init> = Exclude<FetchResponse<OperationAt<P, M> & Record<string | number, unknown>, Init, `${string}/${string}`>['data'], undefined>;

export type OperationId = keyof typeof OPERATIONS;
export type RouteOf<Id extends OperationId> = (typeof OPERATIONS)[Id];

const IDEMPOTENT_ROUTES = new Set(Object.values(OPERATIONS).flatMap((operation) => (operation.idempotent ? [`${operation.method} ${operation.path}`] : [])));

/** Whether the BFF takes an Idempotency-Key on this route (the document lists it as a header parameter). */
export function isIdempotent(method: HttpMethod, path: string): boolean {
  return IDEMPOTENT_ROUTES.has(`${method} ${path}`);
}

export function routeOf(operationId: OperationId): { method: HttpMethod; path: string } {
  const route = OPERATIONS[operationId] as { method: HttpMethod; path: string } | undefined;
  if (!route) throw new TypeError(`The Migo BFF has no operation ${String(operationId)}`);
  return route;
}
