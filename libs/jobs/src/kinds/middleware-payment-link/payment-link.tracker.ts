import { Injectable } from '@nestjs/common';
import { MiddlewareClient } from '#middleware';
import { paymentLinkOutcome } from '../payment-outcomes.js';
import type { StepContext, StepResult, Tracker } from '../tracker.js';
import type { PaymentLinkTarget } from './payment-link.kind.js';

/**
 * Polls a payment link until the customer's payment is over. Tracking succeeds whatever the payment's outcome (an
 * approved, denied or expired payment is an answer, not a tracking failure): `result.outcome` says how it ended.
 */
@Injectable()
export class PaymentLinkTracker implements Tracker<PaymentLinkTarget> {
  constructor(private readonly middleware: MiddlewareClient) {}

  async step(context: StepContext<PaymentLinkTarget>): Promise<StepResult> {
    const link = await this.middleware.paymentLinks.getPaymentLink(context.target.uid, { signal: context.signal });
    const outcome = paymentLinkOutcome(link.status);
    if (outcome) {
      const { uid, status, amount, currency, reference, externalId, processor, paidAt, declineCode, updatedAt } = link;
      await context.succeed({ uid, outcome, status, amount, currency, reference, externalId, processor, ...(paidAt ? { paidAt } : {}), ...(declineCode ? { declineCode } : {}), updatedAt }, { percent: 100, status }, outcome);
      return { done: true };
    }
    await context.progress({ percent: 0, status: link.status });
    return { done: false, changed: link.status !== context.job.progress.status };
  }
}
