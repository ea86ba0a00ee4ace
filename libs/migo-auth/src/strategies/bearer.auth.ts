import { UpstreamAuth } from '#migo-http';
import { AccessTokenSource } from '../token-exchange.js';

function bearerValue(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice(7) : undefined;
}

/**
 * A refused session is worth another try once (it may have expired, or another instance may hold a newer copy), and
 * once more only if the copy refused second was another instance's: a session this instance renewed for the refusal
 * and Migo still refuses is a hard auth error.
 */
function worthAnotherTry(refusals: number, sessions: ReadonlyArray<[AccessTokenSource, string | undefined]>): boolean {
  return refusals === 1 || sessions.some(([source, token]) => token !== undefined && !source.renewedHere(token));
}

/** `Authorization: Bearer <session token>`; a 401 invalidates that token and allows a retry (see worthAnotherTry). */
export class SessionBearerAuth implements UpstreamAuth {
  constructor(private readonly source: AccessTokenSource) {}

  async headers(): Promise<Record<string, string>> {
    return { authorization: `Bearer ${await this.source.accessToken()}` };
  }

  async onUnauthorized(sent: Record<string, string>, refusals: number): Promise<boolean> {
    const token = bearerValue(sent.authorization);
    if (token) await this.source.invalidate(token);
    return worthAnotherTry(refusals, [[this.source, token]]);
  }
}

/**
 * The CMS needs two sessions on every call: the application token and the operator token. A 401 does not say which
 * one Migo refused, so both are invalidated (each is renewed under its own lock) before the retry.
 */
export class CmsDualSessionAuth implements UpstreamAuth {
  constructor(
    private readonly app: AccessTokenSource,
    private readonly operator: AccessTokenSource,
  ) {}

  async headers(): Promise<Record<string, string>> {
    const [app, operator] = await Promise.all([this.app.accessToken(), this.operator.accessToken()]);
    return { authorization: `Bearer ${app}`, 'x-user-token': `Bearer ${operator}` };
  }

  async onUnauthorized(sent: Record<string, string>, refusals: number): Promise<boolean> {
    const app = bearerValue(sent.authorization);
    const operator = bearerValue(sent['x-user-token']);
    await Promise.all([app && this.app.invalidate(app), operator && this.operator.invalidate(operator)]);
    return worthAnotherTry(refusals, [
      [this.app, app],
      [this.operator, operator],
    ]);
  }
}

/**
 * A long-lived secret (Middleware merchant token, Middleware JWT, migration JWT). Nothing to renew: a 401 is final.
 */
export class StaticTokenAuth implements UpstreamAuth {
  constructor(
    private readonly token: string,
    private readonly scheme: 'raw' | 'bearer',
  ) {}

  async headers(): Promise<Record<string, string>> {
    return { authorization: this.scheme === 'bearer' ? `Bearer ${this.token}` : this.token };
  }

  async onUnauthorized(): Promise<boolean> {
    return false;
  }
}
