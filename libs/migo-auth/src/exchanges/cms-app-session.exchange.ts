import type { KeyObject } from 'node:crypto';
import { UpstreamHttp } from '#migo-http';
import { signMerchantLogin } from '../login-signature.js';
import { TokenExchange } from '../token-exchange.js';
import { MigoTokenPayload, TokenSet, tokenSetFromMigo } from '../token-set.js';

/**
 * CMS application token: `POST /app/auth/login {merchant}` and `/app/auth/refresh`. The docs' example sends no
 * signature while the API index says the CMS uses Ed25519 JWTs; the signature is sent unless disabled.
 */
export class CmsAppSessionExchange implements TokenExchange {
  readonly name = 'cms-app';

  constructor(
    private readonly http: UpstreamHttp,
    private readonly merchant: string,
    private readonly privateKey: KeyObject,
    private readonly sendSignature: boolean,
  ) {}

  async login(): Promise<TokenSet> {
    const body: Record<string, string> = { merchant: this.merchant };
    if (this.sendSignature) body.signature = signMerchantLogin(this.privateKey, this.merchant);
    const { data } = await this.http.request<MigoTokenPayload>({ upstream: 'cms', method: 'POST', route: '/app/auth/login', body });
    return tokenSetFromMigo(data);
  }

  async refresh(refreshToken: string): Promise<TokenSet> {
    const { data } = await this.http.request<MigoTokenPayload>({ upstream: 'cms', method: 'POST', route: '/app/auth/refresh', body: { refreshToken } });
    return tokenSetFromMigo(data);
  }
}
