import { UpstreamAuth, UpstreamHttp } from '#migo-http';
import { TokenExchange } from '../token-exchange.js';
import { MigoTokenPayload, TokenSet, tokenSetFromMigo } from '../token-set.js';

export interface CmsOperatorCredentials {
  email: string;
  password: string;
}

/** What Migo's operator login tells about the operator besides the tokens (`{ id, email, name }`). */
export interface CmsOperatorProfile {
  id?: number;
  email: string;
  name?: string;
}

type OperatorLoginPayload = MigoTokenPayload & { id?: unknown; email?: unknown; name?: unknown };

/** `POST /app/users/login {email, password}` with the application token: the tokens and who Migo says logged in. */
export async function loginCmsOperator(http: UpstreamHttp, appAuth: UpstreamAuth, operator: CmsOperatorCredentials): Promise<{ tokens: TokenSet; profile: CmsOperatorProfile }> {
  const { data } = await http.request<OperatorLoginPayload>({
    upstream: 'cms',
    method: 'POST',
    route: '/app/users/login',
    body: { email: operator.email, password: operator.password },
    auth: appAuth,
    // Safe to retry once on 401: a refused login changed nothing.
    idempotent: false,
  });
  const profile: CmsOperatorProfile = {
    ...(typeof data.id === 'number' ? { id: data.id } : {}),
    email: typeof data.email === 'string' ? data.email : operator.email.trim().toLowerCase(),
    ...(typeof data.name === 'string' ? { name: data.name } : {}),
  };
  return { tokens: tokenSetFromMigo(data), profile };
}

/** `POST /app/users/refresh {refreshToken}` (no auth header, as Migo's example shows). */
export async function refreshCmsOperator(http: UpstreamHttp, refreshToken: string): Promise<TokenSet> {
  const { data } = await http.request<MigoTokenPayload>({ upstream: 'cms', method: 'POST', route: '/app/users/refresh', body: { refreshToken } });
  return tokenSetFromMigo(data);
}

/**
 * The service operator's CMS session (sent as `x-user-token: Bearer …`), keyed by operator. Per-app operator
 * sessions (POST /v1/cms/sessions) use the same login and refresh but keep their tokens encrypted elsewhere.
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
    return (await loginCmsOperator(this.http, this.appAuth, this.operator)).tokens;
  }

  refresh(refreshToken: string): Promise<TokenSet> {
    return refreshCmsOperator(this.http, refreshToken);
  }
}
