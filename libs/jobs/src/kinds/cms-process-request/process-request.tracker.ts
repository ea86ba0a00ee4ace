import { Injectable } from '@nestjs/common';
import { CmsClient } from '#cms';
import type { StepContext, StepResult, Tracker } from '../tracker.js';
import { processRequestOutcome, ProcessRequestTarget } from './process-request.kind.js';

/**
 * Polls a process request (through its partner's list: Migo has no route for one) until a second operator decided it.
 * A request missing from its partner's list fails the job as Migo's 404 on a single object would (`upstream-404`).
 */
@Injectable()
export class ProcessRequestTracker implements Tracker<ProcessRequestTarget> {
  constructor(private readonly cms: CmsClient) {}

  async step(context: StepContext<ProcessRequestTarget>): Promise<StepResult> {
    const { partnerId, requestId } = context.target;
    const request = (await this.cms.allProcessRequests(partnerId, { signal: context.signal })).find((candidate) => candidate.id === requestId);
    if (!request) {
      await context.fail('upstream-404', `cms lists no process request ${requestId} of partner ${partnerId}`);
      return { done: true };
    }
    const outcome = processRequestOutcome(request.status);
    if (outcome) {
      const { id, clientId, requestedAmount, currency, status, reviewedBy, reviewedAt, reason } = request;
      await context.succeed({ id, clientId, outcome, status, requestedAmount, currency, reviewedBy, reviewedAt, reason }, { percent: 100, status }, outcome);
      return { done: true };
    }
    await context.progress({ percent: 0, status: request.status });
    return { done: false, changed: request.status !== context.job.progress.status };
  }
}
