import type { AccessTokenSource, TokenSet } from '#migo-auth';
import type { OpenSession, OperatorSessionStore } from './operator-session.store.js';

/**
 * Migo's operator token of one session, for the CMS calls of one request (MigoAuth.cms picks it up from the request
 * context). A refused or due token is renewed through the store, under the session's lock.
 */
export class SessionTokenSource implements AccessTokenSource {
  readonly name = 'cms-operator-session';
  private tokens: TokenSet;
  private refused?: string;
  private readonly renewed = new Set<string>();

  constructor(
    private readonly store: OperatorSessionStore,
    private readonly session: OpenSession,
  ) {
    this.tokens = session.record.tokens;
  }

  async accessToken(): Promise<string> {
    const tokens = await this.store.renew(this.session.key, this.refused);
    if (tokens.accessToken !== this.tokens.accessToken) this.renewed.add(tokens.accessToken);
    this.tokens = tokens;
    return tokens.accessToken;
  }

  async invalidate(token: string): Promise<void> {
    this.refused = token;
  }

  renewedHere(token: string): boolean {
    return this.renewed.has(token);
  }
}
