import { Injectable } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import type { StepContext, StepResult, Tracker } from '../tracker.js';
import { leadOutcome, LeadTarget } from './lead.kind.js';

/** Polls a lead until Migo approved it into a business (`commerceId` in the result) or rejected it (`reason`). */
@Injectable()
export class LeadTracker implements Tracker<LeadTarget> {
  constructor(private readonly wallet: WalletGatewayClient) {}

  async step(context: StepContext<LeadTarget>): Promise<StepResult> {
    const lead = await this.wallet.businesses.lead(context.target.leadId, { signal: context.signal });
    const outcome = leadOutcome(lead.status);
    if (outcome) {
      const { _id, partner, commercialName, status, commerceId, reason, updatedAt } = lead;
      await context.succeed({ leadId: _id, partner, commercialName, outcome, status, commerceId, reason, updatedAt }, { percent: 100, status }, outcome);
      return { done: true };
    }
    await context.progress({ percent: 0, status: lead.status });
    return { done: false, changed: lead.status !== context.job.progress.status };
  }
}
