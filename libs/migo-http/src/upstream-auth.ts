/**
 * How a call authenticates. Implemented in libs/migo-auth (the HTTP layer only knows this contract).
 */
export interface UpstreamAuth {
  /** Headers to send now (fresh tokens). */
  headers(): Promise<Record<string, string>>;
  /**
   * Called once when Migo answers 401 to a call made with `sent`. Invalidate what was used and say whether
   * a second attempt with fresh headers is worth making (a static token that was refused will be refused again).
   */
  onUnauthorized(sent: Record<string, string>): Promise<boolean>;
}
