import { Injectable, Logger } from '@nestjs/common';
import { SimSettings } from '../../core/sim-settings.service.js';
import type { PaymentLink } from './payment-link.js';

const CALLBACK_TIMEOUT_MS = 5000;

/**
 * Migo's Merchant Generic Callback (concepts §6.1): when a payment link reaches a terminal status, its standard JSON
 * payload `{ uid, reference, status }` is POSTed to the merchant's configured URL (SIM_CALLBACK_URL or `callbackUrl` of PATCH /__sim/config; none by default),
 * as Migo sends it: unsigned, no extra headers, one attempt (no retries), the outcome ignored.
 */
@Injectable()
export class PaymentLinkCallbacks {
  private readonly logger = new Logger(PaymentLinkCallbacks.name);
  constructor(private readonly settings: SimSettings) {}

  terminal(link: PaymentLink): void {
    const url = this.settings.current.callbackUrl;
    if (!url) return;
    const body = JSON.stringify({ uid: link.uid, reference: link.reference, status: link.status });
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS) })
      .then((answer) => answer.body?.cancel())
      .catch((error: unknown) => {
        this.logger.warn({ uid: link.uid, err: error instanceof Error ? error.message : String(error) }, 'payment-link callback not delivered (Migo does not retry)');
      });
  }
}
