import { Injectable } from '@nestjs/common';
import { MiddlewareClient } from '#middleware';
import { alternativePaymentOutcome } from '../payment-outcomes.js';
import type { StepContext, StepResult, Tracker } from '../tracker.js';
import type { AlternativePaymentTarget } from './alternative-payment.kind.js';

/**
 * Polls an alternative-payment transaction (CREATED → USED → IN_PROGRESS → …) until it is over. As for payment links,
 * tracking succeeds whatever the outcome; `result.outcome` says whether the customer paid.
 */
@Injectable()
export class AlternativePaymentTracker implements Tracker<AlternativePaymentTarget> {
  constructor(private readonly middleware: MiddlewareClient) {}

  async step(context: StepContext<AlternativePaymentTarget>): Promise<StepResult> {
    const payment = await this.middleware.alternativePayments.getAlternativePayment(context.target.uid, { signal: context.signal });
    const outcome = alternativePaymentOutcome(payment.status);
    if (outcome) {
      const { uid, status, amount, currency, processor, updatedAt } = payment;
      await context.succeed({ uid, outcome, status, amount, currency, processor, updatedAt }, { percent: 100, status }, outcome);
      return { done: true };
    }
    await context.progress({ percent: 0, status: payment.status });
    return { done: false, changed: payment.status !== context.job.progress.status };
  }
}
