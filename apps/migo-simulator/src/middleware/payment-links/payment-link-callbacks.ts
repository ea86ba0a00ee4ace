import { Injectable, Logger } from '@nestjs/common';
import { SimSettings } from '../../core/sim-settings.service.js';
import { sendMerchantCallback } from '../shared/merchant-callback.js';
import type { PaymentLink } from './payment-link.js';

/**
 * Migo's Merchant Generic Callback (concepts §6.1): when a payment link reaches a terminal status, its standard JSON
 * payload `{ uid, reference, status }` is POSTed to the merchant's configured URL (SIM_CALLBACK_URL or `callbackUrl` of
 * PATCH /__sim/config; none by default), unsigned, once.
 */
@Injectable()
export class PaymentLinkCallbacks {
  private readonly logger = new Logger(PaymentLinkCallbacks.name);
  constructor(private readonly settings: SimSettings) {}

  terminal(link: PaymentLink): void {
    const url = this.settings.current.callbackUrl;
    if (url) sendMerchantCallback(url, { uid: link.uid, reference: link.reference, status: link.status }, this.logger, { uid: link.uid });
  }
}
