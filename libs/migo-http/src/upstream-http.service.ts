import { HttpService } from '@nestjs/axios';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { AxiosResponse, RawAxiosResponseHeaders, AxiosResponseHeaders } from 'axios';
import { Readable } from 'node:stream';
import { currentRequestContext, noteUpstreamWrite } from '#common';
import { parseUpstreamBody } from './envelope.js';
import { recordHeaders, recordRequestBody, recordResponseBody, recordUrl } from './exchange-capture.js';
import { EXCHANGE_RECORDER } from './exchange-recorder.js';
import type { ExchangeRecorder, UpstreamExchange } from './exchange-recorder.js';
import type { BreakerState } from './circuit-breaker.js';
import { CALL_GROUPS, CallGroup, cancelledCall, UpstreamPolicies } from './resilience.js';
import { parseRetryAfter } from './retry-after.js';
import { expandRoute, UpstreamCall, UpstreamResponse } from './upstream-call.js';
import type { UpstreamSettings } from './upstream-config.js';
import { UpstreamError } from './upstream-error.js';
import { UpstreamName } from './upstream-name.js';
import { UPSTREAM_OBSERVER } from './upstream-observer.js';
import type { UpstreamCallRecord, UpstreamObserver } from './upstream-observer.js';

export const MIGO_UPSTREAM_SETTINGS = Symbol('MIGO_UPSTREAM_SETTINGS');

/** Sends with a session's headers per call: the instance's own, the shared one, a renewed one (see withAuthRetries). */
const MAX_AUTH_ATTEMPTS = 3;

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_SOCKET_CONNECTION_TIMEOUT']);

function lowerCaseHeaders(headers: RawAxiosResponseHeaders | AxiosResponseHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (value !== undefined && value !== null) out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * JSON values go out as JSON with their content type (the HttpService's axios instance has its request transform
 * off); FormData, bytes, strings and streams go as they are.
 */
function encodeRequestBody(body: unknown, headers: Record<string, string>): unknown {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || Buffer.isBuffer(body) || body instanceof FormData || body instanceof Readable || body instanceof ArrayBuffer || body instanceof Blob) return body;
  headers['content-type'] ??= 'application/json';
  return JSON.stringify(body);
}

/** The route with its parameters, filled in once per attempt for the request and support's copy of it. */
function routePath(call: UpstreamCall): string | undefined {
  try {
    return expandRoute(call.route, call.params);
  } catch {
    return undefined;
  }
}

function decode(body: unknown): unknown {
  if (Buffer.isBuffer(body)) body = body.toString('utf8');
  if (typeof body !== 'string') return body;
  try {
    return body === '' ? null : JSON.parse(body);
  } catch {
    return body;
  }
}

/**
 * The one way the BFF and the worker call Migo: base URL per upstream, a timeout that aborts the socket, read retries
 * with jittered backoff honouring Retry-After, a breaker per upstream for reads and one for writes, one fresh-token
 * retry on 401, the request id forwarded, every envelope variant parsed into `data` or an UpstreamError.
 */
@Injectable()
export class UpstreamHttp {
  private readonly policies = new Map<UpstreamName, UpstreamPolicies>();

  constructor(
    private readonly http: HttpService,
    @Inject(MIGO_UPSTREAM_SETTINGS) private readonly settings: Partial<Record<UpstreamName, UpstreamSettings>>,
    @Inject(UPSTREAM_OBSERVER) private readonly observer: UpstreamObserver,
    @Optional() @Inject(EXCHANGE_RECORDER) private readonly recorder?: ExchangeRecorder,
  ) {
    for (const [name, upstreamSettings] of Object.entries(settings) as Array<[UpstreamName, UpstreamSettings]>) {
      this.policies.set(name, new UpstreamPolicies(name, upstreamSettings, observer));
    }
  }

  isConfigured(upstream: UpstreamName): boolean {
    return this.policies.has(upstream);
  }

  configuredUpstreams(): UpstreamName[] {
    return [...this.policies.keys()];
  }

  /** The breaker of one kind of call (reads or writes) of an upstream. */
  breakerState(upstream: UpstreamName, group: CallGroup): BreakerState | 'not-configured' {
    return this.policies.get(upstream)?.state(group) ?? 'not-configured';
  }

  breakerStates(upstream: UpstreamName): Record<CallGroup, BreakerState | 'not-configured'> {
    return Object.fromEntries(CALL_GROUPS.map((group) => [group, this.breakerState(upstream, group)])) as Record<CallGroup, BreakerState | 'not-configured'>;
  }

  async request<T = unknown>(call: UpstreamCall): Promise<UpstreamResponse<T>> {
    const settings = this.settings[call.upstream];
    const policies = this.policies.get(call.upstream);
    if (!settings || !policies) throw new Error(`Upstream "${call.upstream}" is not configured`);
    const idempotent = call.idempotent ?? call.method === 'GET';
    return policies.execute({ method: call.method, idempotent, signal: call.signal }, (attempt) => this.withAuthRetries<T>(call, settings, attempt));
  }

  /**
   * Sends with the auth's headers; after Migo refuses them (401), again with fresh ones, as long as they differ from
   * every set already refused, at most MAX_AUTH_ATTEMPTS in all: this instance's own copy may be stale while another
   * instance replaced the shared session (try that one), and the shared one may be revoked too (then a renewal). The
   * same headers twice, or a third refusal, is a hard auth error — never a loop.
   */
  private async withAuthRetries<T>(call: UpstreamCall, settings: UpstreamSettings, attempt: number): Promise<UpstreamResponse<T>> {
    if (!call.auth) return this.send<T>(call, settings, {}, attempt);
    const refused = new Set<string>();
    let lastRefusal: UpstreamError | undefined;
    for (let sending = 1; ; sending++) {
      const sent = await call.auth.headers();
      // Fingerprints are only needed once Migo has refused something: the usual call makes none.
      if (lastRefusal && refused.has(JSON.stringify(sent))) throw asUnauthorized(lastRefusal);
      try {
        return await this.send<T>(call, settings, sent, attempt);
      } catch (error) {
        if (!isUnauthorized(error)) throw error;
        if (sending >= MAX_AUTH_ATTEMPTS || !(await call.auth.onUnauthorized(sent, sending))) throw asUnauthorized(error);
        refused.add(JSON.stringify(sent));
        lastRefusal = error;
      }
    }
  }

  private async send<T>(call: UpstreamCall, settings: UpstreamSettings, authHeaders: Record<string, string>, attempt: number): Promise<UpstreamResponse<T>> {
    const timeoutMs = call.timeoutMs ?? settings.timeoutMs;
    // Bounds the whole exchange for buffered bodies; for streams only the wait for the response head.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = call.signal ? AbortSignal.any([timeout.signal, call.signal]) : timeout.signal;
    const context = currentRequestContext();
    const requestId = context?.requestId;
    const started = performance.now();
    const headers: Record<string, string> = {
      accept: call.responseType === 'stream' ? 'text/event-stream' : 'application/json',
      ...(requestId ? { 'x-request-id': requestId } : {}),
      ...call.headers,
      ...authHeaders,
    };
    const body = encodeRequestBody(call.body, headers);
    const path = routePath(call);
    // Only requests of an identified app are captured (the worker and unauthenticated probes have none).
    const capture =
      this.recorder && requestId && context?.appName
        ? exchangeCapture(this.recorder, { requestId, app: context.appName, purpose: context.purpose, call, path, settings, headers, attempt, startedAt: new Date(), started })
        : undefined;
    const record = (outcome: UpstreamCallRecord['outcome']) =>
      this.observer.record({ upstream: call.upstream, method: call.method, route: call.route, outcome, durationMs: performance.now() - started, attempt });

    if (call.method !== 'GET') noteUpstreamWrite();
    let response: AxiosResponse;
    try {
      // The axios instance behind HttpService, called directly: its Observable wrapper would add a CancelToken and
      // throw away a CanceledError (stack trace included) after every call; cancellation here is the AbortSignal.
      response = await this.http.axiosRef.request({
        baseURL: settings.baseUrl,
        url: path ?? expandRoute(call.route, call.params), // a route missing a parameter fails here, as a network error
        method: call.method,
        params: call.query,
        data: body,
        headers,
        signal,
        responseType: call.responseType === 'stream' ? 'stream' : 'arraybuffer',
        validateStatus: null, // every status is an answer here; the envelope decides what it means
      });
    } catch (error) {
      // Our own timeout is Migo's slowness; the caller's signal is the caller giving up (finding 3: counted as a
      // timeout, it was retried after the view had answered and opened the breaker).
      const kind = timeout.signal.aborted ? 'timeout' : call.signal?.aborted ? 'cancelled' : 'network';
      record(kind);
      capture?.(kind);
      if (kind === 'cancelled') throw cancelledCall(call.upstream);
      const code = (error as { code?: string }).code;
      const message =
        kind === 'timeout'
          ? `No answer from ${call.upstream} within ${timeoutMs} ms`
          : `Could not reach ${call.upstream}${code && NETWORK_CODES.has(code) ? ` (${code})` : ''}`;
      throw new UpstreamError(call.upstream, kind, message);
    } finally {
      clearTimeout(timer);
    }
    record(response.status);

    const responseHeaders = lowerCaseHeaders(response.headers);
    const ok = response.status >= 200 && response.status < 300;
    if (ok && (call.responseType === 'stream' || call.responseType === 'binary')) {
      capture?.(response.status, responseHeaders, response.data);
      const data = call.responseType === 'stream' ? response.data : Buffer.from(response.data as ArrayBuffer);
      return { status: response.status, data: data as T, headers: responseHeaders };
    }

    const raw = call.responseType === 'stream' ? await readAll(response.data as Readable) : response.data;
    const decoded = decode(raw);
    capture?.(response.status, responseHeaders, raw, decoded);
    const parsed = parseUpstreamBody(response.status, decoded, response.statusText);
    if (parsed.ok) return { status: response.status, data: parsed.data as T, headers: responseHeaders };
    throw new UpstreamError(
      call.upstream,
      'response',
      parsed.message,
      response.status,
      parsed.code,
      parsed.details,
      response.status === 429 || response.status === 503 ? parseRetryAfter(responseHeaders['retry-after']) : undefined,
    );
  }
}

interface CaptureStart {
  requestId: string;
  app: string;
  purpose: UpstreamExchange['purpose'];
  call: UpstreamCall;
  /** The call's route with its parameters filled in, as sent (undefined when a parameter is missing). */
  path: string | undefined;
  settings: UpstreamSettings;
  headers: Record<string, string>;
  attempt: number;
  startedAt: Date;
  started: number;
}

/** Returns the function that, once the attempt has an outcome, redacts the exchange and hands it to the recorder. */
function exchangeCapture(recorder: ExchangeRecorder, start: CaptureStart) {
  return (outcome: UpstreamExchange['outcome'], responseHeaders?: Record<string, string>, responseBody?: unknown, decodedBody?: unknown): void => {
    const durationMs = performance.now() - start.started;
    try {
      recorder.record({
        requestId: start.requestId,
        app: start.app,
        upstream: start.call.upstream,
        method: start.call.method,
        url: recordUrl(start.settings.baseUrl, start.path ?? expandRoute(start.call.route, start.call.params), start.call.query),
        outcome,
        attempt: start.attempt,
        startedAt: start.startedAt.toISOString(),
        durationMs: Math.round(durationMs * 10) / 10,
        requestHeaders: recordHeaders(start.headers),
        requestBody: recordRequestBody(start.call.body, start.headers['content-type']),
        responseHeaders: responseHeaders ? recordHeaders(responseHeaders) : null,
        responseBody: responseHeaders ? recordResponseBody(responseBody, responseHeaders['content-type'], decodedBody) : null,
        ...(start.purpose ? { purpose: start.purpose } : {}),
      });
    } catch {
      // Support's copy of an exchange is never worth failing the call it describes.
    }
  };
}

function isUnauthorized(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError && error.kind === 'response' && error.status === 401;
}

function asUnauthorized(error: UpstreamError): UpstreamError {
  return new UpstreamError(error.upstream, 'unauthorized', `${error.upstream} refused the BFF's credentials: ${error.message}`, 401, error.code, error.details);
}
