import { Injectable } from '@nestjs/common';
import { CmsClient } from '#cms';
import type { StepContext, StepResult, Tracker } from '../tracker.js';
import { batchProgressOf, followBatchStream } from './batch-stream-step.js';
import type { CmsUploadTarget as UploadTarget } from './cms-upload.kind.js';

/** Follows a CMS Excel upload on Migo's own progress stream (SSE) to its per-row outcome. */
@Injectable()
export class CmsUploadTracker implements Tracker<UploadTarget> {
  constructor(private readonly cms: CmsClient) {}

  step(context: StepContext<UploadTarget>): Promise<StepResult> {
    const { batchId } = context.target;
    return followBatchStream(this.cms, context, 'cardholders', async (frame) => {
      const result = { batchId, kind: frame.kind, status: frame.status, total: frame.total, succeeded: frame.succeeded, failed: frame.failed, rows: frame.results ?? [] };
      if (frame.status === 'failed') await context.fail('upload-rejected', `Migo rejected all ${frame.total} rows of the upload`, result);
      else await context.succeed(result, batchProgressOf(frame));
    });
  }
}
