import { Injectable } from '@nestjs/common';
import { CmsClient } from '#cms';
import { batchProgressOf, followBatchStream } from '../cms-upload/batch-stream-step.js';
import type { StepContext, StepResult, Tracker } from '../tracker.js';
import { conciliationOutcomeOf, conciliationResultOf } from './conciliation-result.js';
import type { ConciliationTarget } from './conciliation.kind.js';

/**
 * Follows a conciliation file's batch on Migo's progress stream; the finished job holds the counts per status and the
 * first entries, and serves the full result CSV. A file whose every row is invalid fails the job (with the reasons).
 */
@Injectable()
export class ConciliationTracker implements Tracker<ConciliationTarget> {
  constructor(private readonly cms: CmsClient) {}

  step(context: StepContext<ConciliationTarget>): Promise<StepResult> {
    return followBatchStream(this.cms, context, 'conciliation-files', async (frame) => {
      const result = conciliationResultOf(frame);
      if (frame.status === 'failed') await context.fail('conciliation-rejected', `Every one of the ${frame.total} rows of the conciliation file is invalid`, result, batchProgressOf(frame));
      else await context.succeed(result, batchProgressOf(frame), conciliationOutcomeOf(result));
    });
  }
}
