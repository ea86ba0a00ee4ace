import type { UpstreamName } from '#migo-http';

/**
 * How readiness asks each Migo surface whether it is up. The Wallet Gateway documents `GET /health` (no auth); the
 * migration gateway's probe is assumed to look the same; the CMS and the Middleware document none, so their circuit
 * breaker (opened by consecutive failed calls) is all there is to report. docs/upstream-assumptions.md, "Upstream health".
 */
export const UPSTREAM_PROBE_ROUTES: Partial<Record<UpstreamName, string>> = { wallet: '/health', migration: '/health' };

/** A probe answers within this long or counts as failed. */
export const UPSTREAM_PROBE_TIMEOUT_MS = 2000;
/** Probe results are reused this long, so frequent readiness checks (every instance, every few seconds) cost Migo little. */
export const UPSTREAM_PROBE_CACHE_MS = 5000;
