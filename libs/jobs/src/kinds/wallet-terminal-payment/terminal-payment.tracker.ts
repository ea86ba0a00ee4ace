import { Injectable } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import type { StepContext, StepResult, Tracker } from '../tracker.js';
import { terminalPaymentOutcome } from './terminal-payment-outcome.js';
import type { TerminalPaymentTarget } from './terminal-payment.kind.js';

/** Polls a terminal payment until it is captured out of band (or declined, cancelled, expired); `outcome` says which. */
@Injectable()
export class TerminalPaymentTracker implements Tracker<TerminalPaymentTarget> {
  constructor(private readonly wallet: WalletGatewayClient) {}

  async step(context: StepContext<TerminalPaymentTarget>): Promise<StepResult> {
    const payment = await this.wallet.money.terminalPayment(context.target.id, { signal: context.signal });
    const outcome = terminalPaymentOutcome(payment.status);
    if (outcome) {
      const { id, terminalId, externalId, subtotal, totalAmount, status, currency, updatedAt } = payment;
      await context.succeed({ id, terminalId, outcome, status, externalId, subtotal, totalAmount, currency, updatedAt }, { percent: 100, status }, outcome);
      return { done: true };
    }
    await context.progress({ percent: 0, status: payment.status });
    return { done: false, changed: payment.status !== context.job.progress.status };
  }
}
