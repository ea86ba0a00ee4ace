import type { KeyObject } from 'node:crypto';
import { UpstreamHttp } from '#migo-http';
import { signMerchantLogin } from '../login-signature.js';
import { TokenExchange } from '../token-exchange.js';
import { MigoTokenPayload, TokenSet, tokenSetFromMigo } from '../token-set.js';

/** Wallet Gateway application session: `POST /auth/login {merchant, signature}`, `POST /auth/refresh {refreshToken}`. */
export class WalletSessionExchange implements TokenExchange {
  readonly name = 'wallet';

  constructor(
    private readonly http: UpstreamHttp,
    private readonly merchant: string,
    private readonly privateKey: KeyObject,
  ) {}

  async login(): Promise<TokenSet> {
    const body = { merchant: this.merchant, signature: signMerchantLogin(this.privateKey, this.merchant) };
    const { data } = await this.http.request<MigoTokenPayload>({ upstream: 'wallet', method: 'POST', route: '/auth/login', body });
    return tokenSetFromMigo(data);
  }

  /** The refresh path is undocumented; assumed by analogy with the CMS (docs/upstream-assumptions.md). */
  async refresh(refreshToken: string): Promise<TokenSet> {
    const { data } = await this.http.request<MigoTokenPayload>({ upstream: 'wallet', method: 'POST', route: '/auth/refresh', body: { refreshToken } });
    return tokenSetFromMigo(data);
  }
}
