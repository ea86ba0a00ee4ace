import type { Logger } from '@nestjs/common';

const CALLBACK_TIMEOUT_MS = 5000;

/**
 * POSTs a callback as Migo sends its merchant callbacks (concepts §6): JSON, unsigned, no extra headers, one attempt
 * (no retries), the answer ignored. Never awaited by the write that caused it.
 */
export function sendMerchantCallback(url: string, body: Record<string, unknown>, logger: Logger, about: Record<string, unknown>): void {
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS) })
    .then((answer) => answer.body?.cancel())
    .catch((error: unknown) => {
      logger.warn({ ...about, err: error instanceof Error ? error.message : String(error) }, 'callback not delivered (Migo does not retry)');
    });
}
