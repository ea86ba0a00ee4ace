import type { CallPurpose } from '#common';
import type { UpstreamName } from './upstream-name.js';

/** A body as support sees it: redacted content, or only a description when it is binary, a stream or multipart. */
export interface RecordedBody {
  contentType?: string;
  /** Size before redaction and truncation (unknown for streams and multipart forms). */
  bytes?: number;
  /** The redacted JSON value or text; a truncated body is its first bytes as text. */
  content?: unknown;
  truncated?: boolean;
  /** Why `content` is absent. */
  omitted?: 'binary' | 'stream' | 'multipart';
}

/** One attempt UpstreamHttp made while serving an inbound request, already redacted. */
export interface UpstreamExchange {
  requestId: string;
  app: string;
  upstream: UpstreamName;
  method: string;
  /** Path (the upstream base URL's path included) and query, sensitive query values redacted. */
  url: string;
  /** HTTP status, or what happened instead (`cancelled`: the BFF stopped waiting, e.g. a view's budget ran out). */
  outcome: number | 'timeout' | 'network' | 'cancelled';
  attempt: number;
  startedAt: string;
  durationMs: number;
  requestHeaders: Record<string, string>;
  requestBody: RecordedBody | null;
  responseHeaders: Record<string, string> | null;
  responseBody: RecordedBody | null;
  /** Made for the BFF's own reasons within the request (an access lookup, an unfiltered list): admins only. */
  purpose?: CallPurpose;
}

/**
 * Receives every attempt made inside an inbound request of a known app (support's request inspector). Optional:
 * without one UpstreamHttp captures nothing. Must not throw nor make the caller wait.
 */
export interface ExchangeRecorder {
  record(exchange: UpstreamExchange): void;
}

export const EXCHANGE_RECORDER = Symbol('EXCHANGE_RECORDER');
