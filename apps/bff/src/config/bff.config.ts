import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { EnvBool, EnvInt, EnvList, LOG_FORMATS } from '#common';
import type { LogFormat } from '#common';
import { CONTRACT_CHECK_MODES, type ContractCheckMode } from '../openapi/contract-check.js';

/** The BFF's own settings (Redis, upstreams and credentials have their own schemas). */
export class BffEnv {
  @EnvInt() @IsInt() @Min(0) @Max(65535) BFF_PORT = 3000;
  @IsString() BFF_HOST = '127.0.0.1';
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';
  /** `json`, `pretty`, or `auto` (pretty when stdout is a terminal). */
  @IsIn(LOG_FORMATS) LOG_FORMAT: LogFormat = 'auto';
  /** Largest JSON body accepted (bytes); larger → 413. */
  @EnvInt() @IsInt() @Min(1024) @Max(10 * 1024 * 1024) BFF_JSON_BODY_LIMIT_BYTES = 1024 * 1024;
  /** Largest upload accepted (bytes); Migo's own limit is 16 MB. */
  @EnvInt() @IsInt() @Min(1024) @Max(64 * 1024 * 1024) BFF_UPLOAD_LIMIT_BYTES = 16 * 1024 * 1024;
  /** SSE streams get a comment line this often, so proxies and clients see the connection is alive. */
  @EnvInt() @IsInt() @Min(100) @Max(120000) BFF_SSE_KEEPALIVE_MS = 15000;
  /** JSON bodies nesting deeper than this are refused (400) before anything parses them. */
  @EnvInt() @IsInt() @Min(4) @Max(256) BFF_JSON_MAX_DEPTH = 32;
  /** Longest request target (path and query) accepted: longer → 414. */
  @EnvInt() @IsInt() @Min(256) @Max(16 * 1024) BFF_MAX_URL_BYTES = 4096;
  /** Multipart uploads: text fields per request and bytes per text field (files have BFF_UPLOAD_LIMIT_BYTES). */
  @EnvInt() @IsInt() @Min(1) @Max(1000) BFF_MULTIPART_MAX_FIELDS = 20;
  @EnvInt() @IsInt() @Min(64) @Max(1024 * 1024) BFF_MULTIPART_MAX_FIELD_BYTES = 64 * 1024;
  /** Per app and BFF instance: open SSE streams, and long-polls waiting (`?wait=`); beyond → 429 + Retry-After. */
  @EnvInt() @IsInt() @Min(1) @Max(100_000) BFF_SSE_MAX_STREAMS_PER_APP = 100;
  @EnvInt() @IsInt() @Min(1) @Max(100_000) BFF_LONG_POLLS_PER_APP = 100;
  /** Events one reconnecting SSE request replays at most (Last-Event-ID); further behind → a resync snapshot instead. */
  @EnvInt() @IsInt() @Min(100) @Max(1_000_000) BFF_SSE_MAX_REPLAY = 10_000;
  /** Active watches (POST /v1/watches) an app may have at once; beyond → 429. */
  @EnvInt() @IsInt() @Min(1) @Max(1_000_000) BFF_WATCHES_PER_APP = 1000;
  /** Browser origins allowed to call the BFF (CORS), comma-separated; empty = CORS off (no browser may call it). */
  @EnvList() @IsArray() @Matches(/^https?:\/\/[^/\s]+$/, { each: true, message: 'BFF_CORS_ORIGINS must list origins such as https://console.example.com' }) BFF_CORS_ORIGINS: string[] = [];
  /** Bull Board at /admin/queues (admin scope). */
  @EnvBool() @IsBoolean() BFF_ADMIN_DASHBOARD = true;
  /**
   * `report`: every JSON answer is validated against the app's OpenAPI document; a mismatch is logged as `contract
   * violation` and counted (the answer is unchanged). For tests and staging: it parses every answer.
   */
  @IsIn(CONTRACT_CHECK_MODES) BFF_CONTRACT_CHECK: ContractCheckMode = 'off';
  /** Swagger UI at /docs (the document itself is always at /docs-json). */
  @EnvBool() @IsBoolean() BFF_API_DOCS_UI = true;
  /**
   * verify-card accepts a raw card number and CVV (not only the processor's token). Off by default: raw card data
   * passing through puts the deployment in full PCI scope (SAQ-D).
   */
  @EnvBool() @IsBoolean() ALLOW_RAW_CARD_DATA = false;
  /** On SIGTERM: how long in-flight requests may take to finish before the remaining connections are closed. */
  @EnvInt() @IsInt() @Min(0) @Max(600000) BFF_SHUTDOWN_GRACE_MS = 25000;
  /** Requests each app may make per window, across all instances (429 with Retry-After beyond); 0 = no limit. */
  @EnvInt() @IsInt() @Min(0) @Max(10_000_000) BFF_RATE_LIMIT = 6000;
  @EnvInt() @IsInt() @Min(1) @Max(3600) BFF_RATE_LIMIT_WINDOW_SECONDS = 60;
  /** Time budget of each source of a view; a slower source is reported as `timeout` and the view answers without it. */
  @EnvInt() @IsInt() @Min(10) @Max(60000) VIEW_SOURCE_BUDGET_MS = 2000;
  /** How long each view is cached per app (seconds; 0 disables). */
  @EnvInt() @IsInt() @Min(0) @Max(3600) VIEW_TTL_CARDHOLDER_SECONDS = 10;
  @EnvInt() @IsInt() @Min(0) @Max(3600) VIEW_TTL_OVERVIEW_SECONDS = 5;
  @EnvInt() @IsInt() @Min(0) @Max(3600) VIEW_TTL_ACTIVITY_SECONDS = 30;
  @EnvInt() @IsInt() @Min(0) @Max(3600) VIEW_TTL_SETTLEMENTS_SECONDS = 30;
  /** BIN lookups are cached per BIN in Redis, shared by every instance: known BINs this long (0 = not cached)… */
  @EnvInt() @IsInt() @Min(0) @Max(30 * 86400) BIN_CACHE_TTL_SECONDS = 86400;
  /** …and BINs Migo does not know this long, so a loop of bad BINs cannot hammer Migo (0 = not cached). */
  @EnvInt() @IsInt() @Min(0) @Max(86400) BIN_CACHE_NEGATIVE_TTL_SECONDS = 300;
  /** The apps allowed in: a JSON array of {name, sha256, scopes, partners} (see docs/configuration.md)… */
  @IsOptional() @IsString() BFF_API_KEYS?: string;
  /** …or the path of a file holding that array. */
  @IsOptional() @IsString() BFF_API_KEYS_FILE?: string;

  /** Accept Migo's payment-link callbacks (as hints to poll now, never as results) at a secret URL; off by default. */
  @EnvBool() @IsBoolean() MIGO_CALLBACKS_ENABLED = false;
  /** The secret path segment of that URL (Migo's callbacks are unsigned: knowing the URL is the only gate). */
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9_-]{32,128}$/, { message: 'MIGO_CALLBACK_TOKEN must be 32-128 characters of [A-Za-z0-9_-]' }) MIGO_CALLBACK_TOKEN?: string;
  /** Largest callback body accepted (bytes); larger → 413. */
  @EnvInt() @IsInt() @Min(256) @Max(65536) MIGO_CALLBACK_MAX_BODY_BYTES = 8192;
  /** Callbacks accepted per second from one address, and in all, on each BFF instance (429 beyond). */
  @EnvInt() @IsInt() @Min(1) @Max(100_000) MIGO_CALLBACK_RATE_PER_IP = 200;
  @EnvInt() @IsInt() @Min(1) @Max(1_000_000) MIGO_CALLBACK_RATE_GLOBAL = 2000;
  /** At most one early poll per upstream object per this many ms, however many callbacks name it. */
  @EnvInt() @IsInt() @Min(100) @Max(3_600_000) CALLBACK_HINT_MIN_INTERVAL_MS = 1000;
}
