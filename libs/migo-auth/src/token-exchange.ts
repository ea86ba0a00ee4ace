import { TokenSet } from './token-set.js';

/** What one upstream credential can do: log in, and (for rotating sessions) exchange a refresh token. */
export interface TokenExchange {
  /** Stable credential name, used in Redis keys, metrics and logs (never a secret). */
  readonly name: string;
  login(): Promise<TokenSet>;
  refresh?(refreshToken: string): Promise<TokenSet>;
}

export type TokenEventKind = 'login' | 'refresh' | 'refresh-rejected' | 'failure' | 'invalidated' | 'shared-hit' | 'store-unavailable';

export interface TokenEvent {
  credential: string;
  kind: TokenEventKind;
}

/** Receives token lifecycle events (metrics, logs). Never given a token value. */
export type TokenEventListener = (event: TokenEvent) => void;

/** Where a provider gets the token it puts in a request; `invalidate` reports that Migo refused it. */
export interface AccessTokenSource {
  readonly name: string;
  accessToken(): Promise<string>;
  invalidate(token: string): Promise<void>;
}
