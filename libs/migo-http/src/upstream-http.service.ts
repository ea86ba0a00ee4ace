import { HttpService } from '@nestjs/axios';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { AxiosResponse, RawAxiosResponseHeaders, AxiosResponseHeaders } from 'axios';
import { Readable } from 'node:stream';
import { currentRequestContext, noteUpstreamWrite } from '#common';
import { parseUpstreamBody } from './envelope.js';
import { recordHeaders, recordRequestBody, recordResponseBody, recordUrl } from './exchange-capture.js';
import { EXCHANGE_RECORDER } from './exchange-recorder.js';
import type { ExchangeRecorder, UpstreamExchange } from './exchange-recorder.js';
import { UpstreamPolicies } from './resilience.js';
import { parseRetryAfter } from './retry-after.js';
import { expandRoute, UpstreamCall, UpstreamResponse } from './upstream-call.js';
import type { UpstreamSettings } from './upstream-config.js';
import { UpstreamError } from './upstream-error.js';
import { UpstreamName } from './upstream-name.js';
import { UPSTREAM_OBSERVER } from './upstream-observer.js';
import type { UpstreamObserver } from './upstream-observer.js';

export const MIGO_UPSTREAM_SETTINGS = Symbol('MIGO_UPSTREAM_SETTINGS');

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
 * with jittered backoff honouring Retry-After, a breaker per upstream, one fresh-token retry on 401, the request id
 * forwarded, every envelope variant parsed into `data` or an UpstreamError.
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

  breakerState(upstream: UpstreamName): 'closed' | 'open' | 'half-open' | 'isolated' | 'not-configured' {
    return this.policies.get(upstream)?.state ?? 'not-configured';
  }

  async request<T = unknown>(call: UpstreamCall): Promise<UpstreamResponse<T>> {
    const settings = this.settings[call.upstream];
    const policies = this.policies.get(call.upstream);
    if (!settings || !policies) throw new Error(`Upstream "${call.upstream}" is not configured`);
    const idempotent = call.idempotent ?? call.method === 'GET';
    return policies.execute(idempotent, (attempt) => this.withOneAuthRetry<T>(call, settings, attempt));
  }

  private async withOneAuthRetry<T>(call: UpstreamCall, settings: UpstreamSettings, attempt: number): Promise<UpstreamResponse<T>> {
    const sent = call.auth ? await call.auth.headers() : {};
    try {
      return await this.send<T>(call, settings, sent, attempt);
    } catch (error) {
      if (!call.auth || !isUnauthorized(error)) throw error;
      if (!(await call.auth.onUnauthorized(sent))) throw asUnauthorized(error);
      try {
        return await this.send<T>(call, settings, await call.auth.headers(), attempt);
      } catch (second) {
        throw isUnauthorized(second) ? asUnauthorized(second) : second;
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
    // Only requests of an identified app are captured (the worker and unauthenticated probes have none).
    const capture =
      this.recorder && requestId && context?.appName
        ? exchangeCapture(this.recorder, { requestId, app: context.appName, call, settings, headers, attempt, startedAt: new Date(), started })
        : undefined;
    const record = (outcome: number | 'timeout' | 'network' | 'circuit-open') =>
      this.observer.record({ upstream: call.upstream, method: call.method, route: call.route, outcome, durationMs: performance.now() - started, attempt });

    if (call.method !== 'GET') noteUpstreamWrite();
    let response: AxiosResponse;
    try {
      // The axios instance behind HttpService, called directly: its Observable wrapper would add a CancelToken and
      // throw away a CanceledError (stack trace included) after every call; cancellation here is the AbortSignal.
      response = await this.http.axiosRef.request({
        baseURL: settings.baseUrl,
        url: expandRoute(call.route, call.params),
        method: call.method,
        params: call.query,
        data: body,
        headers,
        signal,
        responseType: call.responseType === 'stream' ? 'stream' : 'arraybuffer',
        validateStatus: null, // every status is an answer here; the envelope decides what it means
      });
    } catch (error) {
      const kind = timeout.signal.aborted || call.signal?.aborted ? 'timeout' : 'network';
      record(kind);
      capture?.(kind);
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
  call: UpstreamCall;
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
        url: recordUrl(start.settings.baseUrl, expandRoute(start.call.route, start.call.params), start.call.query),
        outcome,
        attempt: start.attempt,
        startedAt: start.startedAt.toISOString(),
        durationMs: Math.round(durationMs * 10) / 10,
        requestHeaders: recordHeaders(start.headers),
        requestBody: recordRequestBody(start.call.body, start.headers['content-type']),
        responseHeaders: responseHeaders ? recordHeaders(responseHeaders) : null,
        responseBody: responseHeaders ? recordResponseBody(responseBody, responseHeaders['content-type'], decodedBody) : null,
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
