import { Injectable } from '@nestjs/common';
import { createHmac, randomBytes } from 'node:crypto';
import { MigoBusinessError } from './sim-errors.js';
import { ResetRegistry, Resettable } from './reset-registry.js';
import { SimSettings } from './sim-settings.service.js';
import { CredentialKind, SimStats } from './sim-stats.js';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Epoch seconds, as Migo answers. */
  expirationToken: number;
  expirationRefreshToken: number;
}

export interface AccessGrant {
  kind: CredentialKind;
  subject: string;
  expiresAtMs: number;
}

interface RefreshRecord {
  kind: CredentialKind;
  subject: string;
  expiresAtMs: number;
  used: boolean;
}

const SIGNING_SECRET = randomBytes(32);

function b64url(value: Buffer | string): string {
  return Buffer.from(value).toString('base64url');
}

/**
 * Issues and checks the JWT-shaped tokens of the three sessions (Wallet app, CMS app, CMS operator).
 * Refresh tokens are single-use and rotate both tokens; reusing one is a 401 (Migo's documented rule).
 */
@Injectable()
export class TokenIssuer implements Resettable {
  private access = new Map<string, AccessGrant>();
  private refresh = new Map<string, RefreshRecord>();

  constructor(
    registry: ResetRegistry,
    private readonly settings: SimSettings,
    private readonly stats: SimStats,
  ) {
    registry.register(this);
  }

  login(kind: CredentialKind, subject: string): TokenPair {
    this.stats.login(kind);
    return this.issue(kind, subject);
  }

  /** Rotates a refresh token; the old one stops working whatever happens next. */
  rotate(kind: CredentialKind, refreshToken: unknown): TokenPair {
    const record = typeof refreshToken === 'string' ? this.refresh.get(refreshToken) : undefined;
    if (!record || record.kind !== kind) throw MigoBusinessError.named('INVALID_REFRESH_TOKEN');
    if (record.used) throw MigoBusinessError.named('INVALID_REFRESH_TOKEN', 'Refresh token already used.');
    record.used = true;
    if (record.expiresAtMs <= Date.now()) throw MigoBusinessError.named('INVALID_REFRESH_TOKEN', 'Refresh token expired.');
    this.stats.refresh(kind);
    return this.issue(kind, record.subject);
  }

  /** Resolves `Bearer <token>` (or a raw token when `allowRaw`) to its grant, or throws the 401 Migo answers. */
  verify(kind: CredentialKind, header: string | undefined, { allowRaw = false } = {}): AccessGrant {
    if (!header) throw MigoBusinessError.named('UNAUTHORIZED', 'Missing authorization token.');
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const token = match ? match[1] : allowRaw ? header.trim() : undefined;
    if (!token) throw MigoBusinessError.named('UNAUTHORIZED', 'Authorization must use the Bearer scheme.');
    const grant = this.access.get(token);
    if (!grant || grant.kind !== kind) throw MigoBusinessError.named('UNAUTHORIZED');
    if (grant.expiresAtMs <= Date.now()) throw MigoBusinessError.named('TOKEN_EXPIRED');
    return grant;
  }

  /** Test hook for the control plane: expire every access token of a kind at once. */
  expireAll(kind: CredentialKind): number {
    let count = 0;
    for (const grant of this.access.values()) {
      if (grant.kind === kind && grant.expiresAtMs > Date.now()) {
        grant.expiresAtMs = Date.now() - 1;
        count++;
      }
    }
    return count;
  }

  reset(): void {
    this.access = new Map();
    this.refresh = new Map();
  }

  private issue(kind: CredentialKind, subject: string): TokenPair {
    const s = this.settings.current;
    const [accessTtl, refreshTtl] =
      kind === 'wallet'
        ? [s.walletAccessTtlSeconds, s.walletRefreshTtlSeconds]
        : kind === 'cmsApp'
          ? [s.cmsAppAccessTtlSeconds, s.cmsAppRefreshTtlSeconds]
          : [s.cmsUserAccessTtlSeconds, s.cmsUserRefreshTtlSeconds];
    const now = Date.now();
    const accessExp = now + accessTtl * 1000;
    const refreshExp = now + refreshTtl * 1000;
    const accessToken = this.jwt({ sub: subject, kind, typ: 'access' }, accessExp);
    const refreshToken = this.jwt({ sub: subject, kind, typ: 'refresh' }, refreshExp);
    this.access.set(accessToken, { kind, subject, expiresAtMs: accessExp });
    this.refresh.set(refreshToken, { kind, subject, expiresAtMs: refreshExp, used: false });
    // Epoch seconds are rounded down so a client that trusts them never holds a token past its real expiry.
    return { accessToken, refreshToken, expirationToken: Math.floor(accessExp / 1000), expirationRefreshToken: Math.floor(refreshExp / 1000) };
  }

  private jwt(claims: Record<string, unknown>, expiresAtMs: number): string {
    const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = b64url(JSON.stringify({ ...claims, iat: Math.floor(Date.now() / 1000), exp: Math.floor(expiresAtMs / 1000), jti: randomBytes(9).toString('base64url') }));
    const signature = createHmac('sha256', SIGNING_SECRET).update(`${header}.${payload}`).digest('base64url');
    return `${header}.${payload}.${signature}`;
  }
}
