/**
 * How an upstream call reaches Migo, in layers, each for a reason:
 * - `HttpService` (@nestjs/axios) is the client API the BFF was asked to use; UpstreamHttp calls it once per attempt.
 * - `upstream-axios.ts`: the axios instance behind it, stripped of the defaults this client never uses (their
 *   per-call merge cost ~35 µs).
 * - `undici-adapter.ts`: the adapter that sends through undici instead of axios's Node http adapter (keep-alive pools,
 *   cheaper per call, signal-based aborts).
 * - `upstream-dispatcher.ts`: undici's connection pools per Migo host (and an HTTP(S)_PROXY from the environment),
 *   closed at shutdown.
 * Timeouts, retries, breakers, envelopes and errors live above, in UpstreamHttp (`../upstream-http.service.ts`).
 */
export * from './undici-adapter.js';
export * from './upstream-axios.js';
export * from './upstream-dispatcher.js';
