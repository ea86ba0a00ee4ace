import { Inject, Injectable, Optional } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { currentRequestContext, REDIS, REDIS_KEYS } from '#common';
import type { RedisConnection, RedisKeys } from '#common';
import { UpstreamAuth, UpstreamHttp } from '#migo-http';
import { CmsAppSessionExchange } from './exchanges/cms-app-session.exchange.js';
import { CmsOperatorCredentials, CmsOperatorProfile, CmsOperatorSessionExchange, loginCmsOperator, refreshCmsOperator } from './exchanges/cms-operator-session.exchange.js';
import { WalletSessionExchange } from './exchanges/wallet-session.exchange.js';
import { merchantPrivateKeyPem, MigoCredentialsEnv } from './migo-credentials.config.js';
import { parseEd25519PrivateKey } from './login-signature.js';
import { RefreshingTokenProvider } from './refreshing-token-provider.js';
import { SharedTokenStore } from './shared-token-store.js';
import { CmsDualSessionAuth, SessionBearerAuth, StaticTokenAuth } from './strategies/bearer.auth.js';
import type { AccessTokenSource, TokenEventListener } from './token-exchange.js';
import type { TokenSet } from './token-set.js';

export const MIGO_CREDENTIALS = Symbol('MIGO_CREDENTIALS');
export const TOKEN_EVENT_LISTENER = Symbol('TOKEN_EVENT_LISTENER');

/**
 * The one place that knows Migo's credentials. Surface clients ask it for an UpstreamAuth; apps never see a token.
 */
@Injectable()
export class MigoAuth {
  readonly walletSession: RefreshingTokenProvider;
  readonly cmsAppSession: RefreshingTokenProvider;
  readonly wallet: UpstreamAuth;
  readonly cmsApp: UpstreamAuth;
  readonly middlewareMerchant: UpstreamAuth;
  readonly middlewareJwt: UpstreamAuth;
  readonly migration?: UpstreamAuth;
  /** Identity, not a secret: the Wallet's `applicationId` header on /configs. */
  readonly walletApplicationId: string;
  private readonly operatorSessions = new Map<string, RefreshingTokenProvider>();
  private readonly store: SharedTokenStore;
  private readonly defaultOperator: CmsOperatorCredentials;

  constructor(
    private readonly http: UpstreamHttp,
    @Inject(MIGO_CREDENTIALS) credentials: MigoCredentialsEnv,
    @Inject(REDIS) redis: RedisConnection,
    @Inject(REDIS_KEYS) keys: RedisKeys,
    @Optional() @Inject(TOKEN_EVENT_LISTENER) private readonly onEvent: TokenEventListener = () => undefined,
  ) {
    const privateKey: KeyObject = parseEd25519PrivateKey(merchantPrivateKeyPem(credentials));
    this.store = new SharedTokenStore(redis, keys);
    this.walletSession = this.provider(new WalletSessionExchange(http, credentials.MIGO_MERCHANT_SLUG, privateKey));
    this.cmsAppSession = this.provider(new CmsAppSessionExchange(http, credentials.MIGO_MERCHANT_SLUG, privateKey, credentials.MIGO_CMS_APP_LOGIN_SIGNED));
    this.wallet = new SessionBearerAuth(this.walletSession);
    this.cmsApp = new SessionBearerAuth(this.cmsAppSession);
    this.middlewareMerchant = new StaticTokenAuth(credentials.MIGO_MW_MERCHANT_TOKEN, 'raw');
    this.middlewareJwt = new StaticTokenAuth(credentials.MIGO_MW_JWT, 'bearer');
    if (credentials.MIGO_MIGRATION_JWT) this.migration = new StaticTokenAuth(credentials.MIGO_MIGRATION_JWT, 'bearer');
    this.walletApplicationId = credentials.MIGO_APPLICATION_ID;
    this.defaultOperator = { email: credentials.MIGO_CMS_OPERATOR_EMAIL, password: credentials.MIGO_CMS_OPERATOR_PASSWORD };
  }

  /**
   * Both CMS headers: for `operator` when given (credentials, or a session's token source), else for the operator
   * session the current request is bound to (X-Cms-Session), else for the service-account operator.
   */
  cms(operator?: CmsOperatorCredentials | AccessTokenSource): UpstreamAuth {
    const chosen = operator ?? (currentRequestContext()?.cmsOperator as AccessTokenSource | undefined);
    const source = chosen && 'accessToken' in chosen ? chosen : this.operatorSession(chosen);
    return new CmsDualSessionAuth(this.cmsAppSession, source);
  }

  /** Logs an operator in at Migo for a session the caller keeps (the BFF's per-operator sessions). */
  loginOperator(credentials: CmsOperatorCredentials): Promise<{ tokens: TokenSet; profile: CmsOperatorProfile }> {
    // Migo's 401 does not say whether the password or the app session was refused: like the service login, the app
    // session is renewed (single-flight) and the login tried once more.
    return loginCmsOperator(this.http, this.cmsApp, credentials);
  }

  refreshOperator(refreshToken: string): Promise<TokenSet> {
    return refreshCmsOperator(this.http, refreshToken);
  }

  operatorSession(operator: CmsOperatorCredentials = this.defaultOperator): RefreshingTokenProvider {
    const key = operator.email.toLowerCase();
    let session = this.operatorSessions.get(key);
    if (!session) {
      session = this.provider(new CmsOperatorSessionExchange(this.http, this.cmsApp, operator));
      this.operatorSessions.set(key, session);
    }
    return session;
  }

  private provider(exchange: ConstructorParameters<typeof RefreshingTokenProvider>[0]): RefreshingTokenProvider {
    return new RefreshingTokenProvider(exchange, this.store, this.onEvent);
  }
}
