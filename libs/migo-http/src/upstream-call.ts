import { UpstreamAuth } from './upstream-auth.js';
import { UpstreamName } from './upstream-name.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface UpstreamCall {
  upstream: UpstreamName;
  method: HttpMethod;
  /** Path template within the upstream, e.g. `/cards/:cardId/funds`; also the metric label. */
  route: string;
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON value, or a FormData for multipart uploads. */
  body?: unknown;
  headers?: Record<string, string>;
  auth?: UpstreamAuth;
  /** Reads are idempotent by default and writes are not; only idempotent calls are retried. */
  idempotent?: boolean;
  timeoutMs?: number;
  /** `json` (default) parses Migo's envelopes; `stream` and `binary` hand back the body as it came. */
  responseType?: 'json' | 'stream' | 'binary';
  /** Aborts the call (e.g. a view's per-source budget or a client that went away). */
  signal?: AbortSignal;
}

export interface UpstreamResponse<T> {
  status: number;
  data: T;
  headers: Record<string, string>;
}

/** `/cards/:cardId/funds` + `{cardId: 5001}` → `/cards/5001/funds`; every value is URI-encoded. */
export function expandRoute(route: string, params: Record<string, string | number> = {}): string {
  return route.replace(/:([A-Za-z][A-Za-z0-9_]*)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`Missing route parameter "${name}" for ${route}`);
    return encodeURIComponent(String(value));
  });
}
