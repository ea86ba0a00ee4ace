import { UpstreamAuth, UpstreamHttp } from '#migo-http';
import { TokenExchange } from '../token-exchange.js';
import { MigoTokenPayload, TokenSet, tokenSetFromMigo } from '../token-set.js';

export interface CmsOperatorCredentials {
  email: string;
  password: string;
}

/**
 * A CMS operator session (sent as `x-user-token: Bearer …`): `POST /app/users/login {email, password}` with the
 * application token, `POST /app/users/refresh {refreshToken}`. Keyed by operator so per-operator sessions can
 * plug in beside the default service account.
 */
export class CmsOperatorSessionExchange implements TokenExchange {
  readonly name: string;

  constructor(
    private readonly http: UpstreamHttp,
    private readonly appAuth: UpstreamAuth,
    private readonly operator: CmsOperatorCredentials,
  ) {
    this.name = `cms-operator:${operator.email.toLowerCase()}`;
  }

  async login(): Promise<TokenSet> {
    const { data } = await this.http.request<MigoTokenPayload>({
      upstream: 'cms',
      method: 'POST',
      route: '/app/users/login',
      body: { email: this.operator.email, password: this.operator.password },
      auth: this.appAuth,
      // Safe to retry once on 401: a refused login changed nothing.
      idempotent: false,
    });
    return tokenSetFromMigo(data);
  }

  async refresh(refreshToken: string): Promise<TokenSet> {
    const { data } = await this.http.request<MigoTokenPayload>({ upstream: 'cms', method: 'POST', route: '/app/users/refresh', body: { refreshToken } });
    return tokenSetFromMigo(data);
  }
}
