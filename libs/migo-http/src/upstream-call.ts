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

/** A route template split once into its literal text and parameter names (there are a few hundred templates). */
const compiledRoutes = new Map<string, Array<string | { param: string }>>();

function compile(route: string): Array<string | { param: string }> {
  let parts = compiledRoutes.get(route);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const match of route.matchAll(/:([A-Za-z][A-Za-z0-9_]*)/g)) {
      parts.push(route.slice(last, match.index), { param: match[1] });
      last = match.index + match[0].length;
    }
    parts.push(route.slice(last));
    if (compiledRoutes.size < 4096) compiledRoutes.set(route, parts);
  }
  return parts;
}

/** `/cards/:cardId/funds` + `{cardId: 5001}` → `/cards/5001/funds`; every value is URI-encoded. */
export function expandRoute(route: string, params: Record<string, string | number> = {}): string {
  let path = '';
  for (const part of compile(route)) {
    if (typeof part === 'string') {
      path += part;
      continue;
    }
    const value = params[part.param];
    if (value === undefined || value === '') throw new Error(`Missing route parameter "${part.param}" for ${route}`);
    path += encodeURIComponent(String(value));
  }
  return path;
}
