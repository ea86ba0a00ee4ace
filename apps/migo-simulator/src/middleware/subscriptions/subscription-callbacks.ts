import { Injectable, Logger } from '@nestjs/common';
import { SimSettings } from '../../core/sim-settings.service.js';
import { sendMerchantCallback } from '../shared/merchant-callback.js';
import type { Subscription } from './subscription.js';

/**
 * The subscription callback (`subsCallback`, concepts §6.3: configured through Migo, "no public outbound webhook
 * contract"): after each renewal charge, `{ subscriptionId, status, paymentStatus }` is POSTed to
 * SIM_SUBSCRIPTION_CALLBACK_URL (or `subscriptionCallbackUrl` of PATCH /__sim/config; none by default), unsigned, once.
 * The body is an assumption (docs/upstream-assumptions.md, "Callbacks as hints").
 */
@Injectable()
export class SubscriptionCallbacks {
  private readonly logger = new Logger(SubscriptionCallbacks.name);
  constructor(private readonly settings: SimSettings) {}

  renewed(subscription: Subscription, paymentStatus: string): void {
    const url = this.settings.current.subscriptionCallbackUrl;
    if (url) sendMerchantCallback(url, { subscriptionId: subscription.subUid, status: subscription.status, paymentStatus }, this.logger, { subUid: subscription.subUid });
  }
}
