import { setTimeout as sleep } from 'node:timers/promises';

export interface DurableWriteOptions {
  /** How long the caller waits for the write (retrying) before it answers anyway. */
  inlineMs: number;
  /** How long the write keeps being retried in the background after that. */
  backgroundMs: number;
  /** Told once when the background retries are exhausted too (the lease then lapses and the reconciler takes over). */
  onGiveUp?: (error: unknown) => void;
}

export const DEFAULT_DURABLE_WRITE: DurableWriteOptions = { inlineMs: 1500, backgroundMs: 120_000 };

/**
 * Runs a record write, retrying with backoff while Redis refuses it. Resolves true once written, false when the
 * inline budget ran out; the write is then retried in the background (the request is answered meanwhile: what Migo
 * did is already decided, only the record of it is late).
 */
export async function writeDurably(write: () => Promise<unknown>, options: DurableWriteOptions = DEFAULT_DURABLE_WRITE): Promise<boolean> {
  const inlineUntil = Date.now() + options.inlineMs;
  let delayMs = 50;
  for (;;) {
    try {
      await write();
      return true;
    } catch (error) {
      if (Date.now() + delayMs > inlineUntil) {
        void retryInBackground(write, Date.now() + options.backgroundMs, delayMs, options.onGiveUp, error);
        return false;
      }
    }
    await sleep(delayMs);
    delayMs = Math.min(delayMs * 2, 1000);
  }
}

async function retryInBackground(write: () => Promise<unknown>, until: number, delayMs: number, onGiveUp: DurableWriteOptions['onGiveUp'], lastError: unknown): Promise<void> {
  while (Date.now() < until) {
    await sleep(delayMs, undefined, { ref: false });
    try {
      await write();
      return;
    } catch (error) {
      lastError = error;
      delayMs = Math.min(delayMs * 2, 5000);
    }
  }
  onGiveUp?.(lastError);
}
