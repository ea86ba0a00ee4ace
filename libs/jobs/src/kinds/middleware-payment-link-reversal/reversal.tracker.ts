import { Injectable } from '@nestjs/common';
import { MiddlewareClient } from '#middleware';
import type { StepContext, StepResult, Tracker } from '../tracker.js';
import { reversalOutcome } from './reversal-outcome.js';
import type { PaymentLinkReversalTarget } from './reversal.kind.js';

/** Polls the reversed link until its refund or revert shows applied (or impossible); `outcome` says which. */
@Injectable()
export class PaymentLinkReversalTracker implements Tracker<PaymentLinkReversalTarget> {
  constructor(private readonly middleware: MiddlewareClient) {}

  async step(context: StepContext<PaymentLinkReversalTarget>): Promise<StepResult> {
    const link = await this.middleware.paymentLinks.getPaymentLink(context.target.uid, { signal: context.signal });
    const outcome = reversalOutcome(context.target, link);
    if (outcome) {
      const { uid, status, amount, refundedAmount, currency, reference, processor, updatedAt } = link;
      await context.succeed({ uid, action: context.target.action, outcome, status, amount, refundedAmount, currency, reference, processor, updatedAt }, { percent: 100, status }, outcome);
      return { done: true };
    }
    await context.progress({ percent: 0, status: link.status });
    return { done: false, changed: link.status !== context.job.progress.status };
  }
}
