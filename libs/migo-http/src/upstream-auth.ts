/**
 * How a call authenticates. Implemented in libs/migo-auth (the HTTP layer only knows this contract).
 */
export interface UpstreamAuth {
  /** Headers to send now (fresh tokens). */
  headers(): Promise<Record<string, string>>;
  /**
   * Called when Migo answers 401 to a call made with `sent` (`refusals`: how many times it did so for this call, this
   * one included). Invalidate what was used and say whether another attempt with fresh headers is worth making: a
   * static token that was refused will be refused again; a session is worth a second try (it may have expired), and a
   * third only when the second was another instance's copy rather than one renewed here for this refusal.
   */
  onUnauthorized(sent: Record<string, string>, refusals: number): Promise<boolean>;
}
