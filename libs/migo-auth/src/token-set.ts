/** A session's tokens with absolute expiry instants in epoch milliseconds (local clock). */
export interface TokenSet {
  accessToken: string;
  accessExpiresAt: number;
  refreshToken?: string;
  refreshExpiresAt?: number;
  /** When the set was obtained, to know its lifetime (for refresh-ahead). */
  obtainedAt: number;
}

/** Migo's login/refresh `data`: expirations are epoch SECONDS. */
export interface MigoTokenPayload {
  accessToken: string;
  refreshToken?: string;
  expirationToken?: number;
  expirationRefreshToken?: number;
}

/** When Migo omits an expiry the documented 30 minutes / 7 days are assumed. */
const DEFAULT_ACCESS_MS = 30 * 60_000;
const DEFAULT_REFRESH_MS = 7 * 24 * 3_600_000;

export function tokenSetFromMigo(payload: MigoTokenPayload, now = Date.now()): TokenSet {
  if (!payload || typeof payload.accessToken !== 'string' || payload.accessToken === '') {
    throw new Error('Migo answered a login without an access token');
  }
  return {
    accessToken: payload.accessToken,
    accessExpiresAt: typeof payload.expirationToken === 'number' ? payload.expirationToken * 1000 : now + DEFAULT_ACCESS_MS,
    refreshToken: typeof payload.refreshToken === 'string' ? payload.refreshToken : undefined,
    refreshExpiresAt: typeof payload.expirationRefreshToken === 'number' ? payload.expirationRefreshToken * 1000 : payload.refreshToken ? now + DEFAULT_REFRESH_MS : undefined,
    obtainedAt: now,
  };
}

/**
 * How long before expiry a token is refreshed: min(60 s, half its lifetime). A token inside that window is still
 * served while one refresh runs in the background; past `hardMarginMs` before expiry callers wait for the new one.
 */
export function refreshAheadMs(tokens: TokenSet, maxAheadMs = 60_000): number {
  return Math.min(maxAheadMs, Math.max(0, (tokens.accessExpiresAt - tokens.obtainedAt) / 2));
}
