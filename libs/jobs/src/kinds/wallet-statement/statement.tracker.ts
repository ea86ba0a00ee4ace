import { Injectable } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import type { StepContext, StepResult, Tracker } from '../tracker.js';
import type { StatementTarget } from './statement.kind.js';

/** Polls a card statement until Migo has rendered it; the finished job links to the PDF (GET /v1/jobs/{id}/result). */
@Injectable()
export class StatementTracker implements Tracker<StatementTarget> {
  constructor(private readonly wallet: WalletGatewayClient) {}

  async step(context: StepContext<StatementTarget>): Promise<StepResult> {
    const { cardId, reference } = context.target;
    const statement = await this.wallet.statements.statementStatus(cardId, reference, { signal: context.signal });
    if (statement.status === 'ready') {
      await context.succeed({ reference, cardId, month: statement.month, year: statement.year, readyAt: statement.readyAt, contentType: 'application/pdf' });
      return { done: true };
    }
    await context.progress({ percent: 0, status: statement.status });
    return { done: false, changed: false };
  }
}
