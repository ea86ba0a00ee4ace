import createClient from 'openapi-fetch';
import type { paths } from './generated/openapi.js';
import { watchJobEvents, type WatchJobOptions, type JobStreamEvent } from './job-events.js';
import { waitForJobEnd, type Job, type WaitForJobOptions } from './jobs.js';
import { MigoBffProblem } from './problem.js';
import { isIdempotent, routeOf, type CallInit, type HttpMethod, type InitArgument, type OperationId, type PathsWith, type RouteOf, type SuccessData } from './routes.js';

export interface MigoBffClientOptions {
  /** Where the BFF is, e.g. `https://bff.internal` (the paths start with `/v1`). */
  baseUrl: string;
  /** The app's API key, sent as `Authorization: Bearer <key>`. */
  apiKey: string;
  /** Another fetch (a test double, one with a proxy agent, …); the global fetch by default. */
  fetch?: typeof globalThis.fetch;
}

/** A successful answer. Refusals and failures are thrown as MigoBffProblem instead. */
export interface MigoBffAnswer<T> {
  data: T;
  status: number;
  headers: Headers;
  /** The BFF's `x-request-id` for this call. */
  requestId: string | undefined;
  /** On money-moving calls: the Idempotency-Key sent (yours, or one generated). Retry with it to never act twice. */
  idempotencyKey?: string;
  /** True when the BFF answered a stored outcome for that key instead of calling Migo again. */
  replayed: boolean;
}

type Call<M extends HttpMethod> = <P extends PathsWith<M>, Init extends CallInit<P, M>>(path: P, ...init: InitArgument<Init>) => Promise<MigoBffAnswer<SuccessData<P, M, Init>>>;

export interface MigoBffClient {
  GET: Call<'get'>;
  POST: Call<'post'>;
  PUT: Call<'put'>;
  PATCH: Call<'patch'>;
  DELETE: Call<'delete'>;
  /** The same calls by operationId (`createCardTransfer`, `getJob`, … as the document names them). */
  call<Id extends OperationId, Init extends CallInit<RouteOf<Id>['path'], RouteOf<Id>['method']>>(
    operationId: Id,
    ...init: InitArgument<Init>
  ): Promise<MigoBffAnswer<SuccessData<RouteOf<Id>['path'], RouteOf<Id>['method'], Init>>>;
  /** Long-polls `GET /v1/jobs/{id}?wait=` until the job has finished (succeeded, failed or cancelled). */
  waitForJob(id: string, options?: WaitForJobOptions): Promise<Job>;
  /** The job's Server-Sent Events, resumed with Last-Event-ID across dropped connections, until its `end` event. */
  watchJob(id: string, options?: WatchJobOptions): AsyncGenerator<JobStreamEvent>;
}

const IDEMPOTENCY_KEY = 'Idempotency-Key';

interface AnyInit {
  params?: { header?: Record<string, unknown> } & Record<string, unknown>;
  headers?: unknown;
  [option: string]: unknown;
}

export function createMigoBffClient(options: MigoBffClientOptions): MigoBffClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const fetch = options.fetch ?? globalThis.fetch;
  const authorization = `Bearer ${options.apiKey}`;
  const http = createClient<paths>({ baseUrl, fetch: (request) => fetch(request), headers: { authorization } });
  const request = http.request as (method: HttpMethod, path: string, init: AnyInit) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

  async function send(method: HttpMethod, path: string, init: AnyInit = {}): Promise<MigoBffAnswer<unknown>> {
    const idempotencyKey = isIdempotent(method, path) ? (idempotencyKeyIn(init) ?? crypto.randomUUID()) : undefined;
    const params = idempotencyKey === undefined ? init.params : { ...init.params, header: { ...init.params?.header, [IDEMPOTENCY_KEY]: idempotencyKey } };
    const { data, error, response } = await request(method, path, { ...init, params });
    if (!response.ok) throw MigoBffProblem.fromAnswer(response, error);
    return {
      data,
      status: response.status,
      headers: response.headers,
      requestId: response.headers.get('x-request-id') ?? undefined,
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      replayed: response.headers.get('idempotent-replayed') === 'true',
    };
  }

  const client = {
    GET: (path: string, init?: AnyInit) => send('get', path, init),
    POST: (path: string, init?: AnyInit) => send('post', path, init),
    PUT: (path: string, init?: AnyInit) => send('put', path, init),
    PATCH: (path: string, init?: AnyInit) => send('patch', path, init),
    DELETE: (path: string, init?: AnyInit) => send('delete', path, init),
    call: (operationId: OperationId, init?: AnyInit) => {
      const route = routeOf(operationId);
      return send(route.method, route.path, init);
    },
    waitForJob: (id: string, waitOptions?: WaitForJobOptions) => waitForJobEnd((query, signal) => send('get', '/v1/jobs/{id}', { params: { path: { id }, query }, signal }) as Promise<MigoBffAnswer<Job>>, waitOptions),
    watchJob: (id: string, watchOptions?: WatchJobOptions) => watchJobEvents({ url: `${baseUrl}/v1/jobs/${encodeURIComponent(id)}/events`, authorization, fetch }, watchOptions),
  };
  return client as unknown as MigoBffClient;
}

/** The caller's own Idempotency-Key, in `params.header` or `headers` (any case). */
function idempotencyKeyIn(init: AnyInit): string | undefined {
  const wanted = IDEMPOTENCY_KEY.toLowerCase();
  const fromParams = Object.entries(init.params?.header ?? {}).find(([name]) => name.toLowerCase() === wanted)?.[1];
  if (typeof fromParams === 'string') return fromParams;
  const headers = init.headers;
  if (headers instanceof Headers) return headers.get(wanted) ?? undefined;
  const entries = Array.isArray(headers) ? headers : Object.entries((headers ?? {}) as Record<string, unknown>);
  const fromHeaders = (entries as Array<[string, unknown]>).find(([name]) => name.toLowerCase() === wanted)?.[1];
  return typeof fromHeaders === 'string' ? fromHeaders : undefined;
}
