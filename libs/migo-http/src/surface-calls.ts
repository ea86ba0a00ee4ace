import type { UpstreamAuth } from './upstream-auth.js';
import type { HttpMethod } from './upstream-call.js';
import type { UpstreamHttp } from './upstream-http.service.js';
import type { UpstreamName } from './upstream-name.js';

/** What a caller of a surface client may set on one call. */
export interface UpstreamCallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

/** What a client method adds to a call beyond its route: a body, a query, headers, or a retry-safe non-GET. */
export interface CallExtras {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
  idempotent?: boolean;
}

/** A file Migo answered. */
export interface UpstreamFile {
  bytes: Buffer;
  contentType: string;
  disposition?: string;
}

/** A file sent to Migo in a multipart body. */
export interface FormFile {
  bytes: Buffer;
  filename: string;
  contentType?: string;
}

/**
 * The plumbing every surface client shares (Wallet Gateway, CMS, Middleware, migration): one upstream, a call that
 * answers Migo's unwrapped `data`, a call that answers a file. The clients keep only their routes and which
 * credential each route takes.
 */
export class SurfaceCalls {
  constructor(
    private readonly http: UpstreamHttp,
    private readonly upstream: UpstreamName,
  ) {}

  async json<T>(auth: UpstreamAuth | undefined, method: HttpMethod, route: string, params: Record<string, string | number>, options: UpstreamCallOptions = {}, extra: CallExtras = {}): Promise<T> {
    const { data } = await this.http.request<T>({ upstream: this.upstream, method, route, params, auth, signal: options.signal, timeoutMs: options.timeoutMs, ...extra });
    return data;
  }

  async file(auth: UpstreamAuth | undefined, method: HttpMethod, route: string, params: Record<string, string | number>, options: UpstreamCallOptions = {}, idempotent?: boolean): Promise<UpstreamFile> {
    const { data, headers } = await this.http.request<Buffer>({ upstream: this.upstream, method, route, params, auth, responseType: 'binary', idempotent, signal: options.signal, timeoutMs: options.timeoutMs });
    return { bytes: data, contentType: headers['content-type'] ?? 'application/octet-stream', disposition: headers['content-disposition'] };
  }
}

/** A multipart body: text fields (absent ones left out) and files by field name. */
export function multipartForm(fields: Record<string, string | undefined>, files: Record<string, FormFile> = {}): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) body.append(name, value);
  for (const [field, file] of Object.entries(files)) body.append(field, new Blob([new Uint8Array(file.bytes)], { type: file.contentType ?? 'application/octet-stream' }), file.filename);
  return body;
}
