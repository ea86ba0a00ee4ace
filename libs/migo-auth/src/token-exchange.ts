import { TokenSet } from './token-set.js';

/** What one upstream credential can do: log in, and (for rotating sessions) exchange a refresh token. */
export interface TokenExchange {
  /** Stable credential name, used in Redis keys, metrics and logs (never a secret). */
  readonly name: string;
  login(): Promise<TokenSet>;
  refresh?(refreshToken: string): Promise<TokenSet>;
}

/**
 * `lock-lost`: the renewal lock's lease could not be extended (another instance may renew too; the fenced write keeps
 * the newer pair). `fenced`: a renewal found a newer pair stored and used it. `store-write-failed`: a renewed pair
 * could not be stored at once (it is used meanwhile and its write retried).
 */
export type TokenEventKind =
  | 'login'
  | 'refresh'
  | 'refresh-rejected'
  | 'failure'
  | 'invalidated'
  | 'shared-hit'
  | 'store-unavailable'
  | 'lock-lost'
  | 'fenced'
  | 'store-write-failed';

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
  /** Whether `token` came from this source's own login or refresh (not from another instance's, through the shared cache). */
  renewedHere(token: string): boolean;
}
