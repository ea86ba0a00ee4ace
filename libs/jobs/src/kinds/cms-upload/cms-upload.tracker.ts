import { Injectable } from '@nestjs/common';
import { BatchFrame, CmsClient, parseSse } from '#cms';
import type { JobProgress } from '../../job-record.js';
import type { StepContext, StepResult, Tracker } from '../tracker.js';
import type { CmsUploadTarget as UploadTarget } from './cms-upload.kind.js';

/** Progress is written at most this often while frames arrive quickly (a change of percent always goes through). */
const PROGRESS_WRITE_INTERVAL_MS = 250;

function progressOf(frame: BatchFrame): JobProgress {
  return { percent: frame.percentage, processed: frame.processed, total: frame.total, succeeded: frame.succeeded, failed: frame.failed, status: frame.status };
}

function isFinished(frame: BatchFrame): boolean {
  return frame.status === 'completed' || frame.status === 'failed';
}

/**
 * Follows a CMS Excel upload on Migo's own progress stream (SSE). A step reads the stream for at most one slice,
 * then re-arms; when the stream drops it reconnects (Migo resends the current state first) — the job completes either
 * way and no progress is announced twice.
 */
@Injectable()
export class CmsUploadTracker implements Tracker<UploadTarget> {
  constructor(private readonly cms: CmsClient) {}

  async step(context: StepContext<UploadTarget>): Promise<StepResult> {
    const { partnerId, batchId } = context.target;
    const slice = AbortSignal.timeout(context.sliceMs);
    const signal = AbortSignal.any([slice, context.signal]);
    const stream = await this.cms.batchProgressStream(partnerId, batchId, { signal });
    let changed = false;
    let lastWrite = 0;
    let lastPercent = context.job.progress.percent;
    try {
      for await (const message of parseSse(stream)) {
        const frame = parseFrame(message.data, batchId);
        if (!frame) continue;
        if (isFinished(frame)) {
          const result = { batchId, kind: frame.kind, status: frame.status, total: frame.total, succeeded: frame.succeeded, failed: frame.failed, rows: frame.results ?? [] };
          if (frame.status === 'failed') await context.fail('upload-rejected', `Migo rejected all ${frame.total} rows of the upload`, result);
          else await context.succeed(result, progressOf(frame));
          return { done: true };
        }
        const now = Date.now();
        if (frame.percentage !== lastPercent || now - lastWrite >= PROGRESS_WRITE_INTERVAL_MS) {
          await context.progress(progressOf(frame));
          lastWrite = now;
          lastPercent = frame.percentage;
          changed = true;
        }
      }
    } catch {
      // The stream was cut (or our slice ended): what was read is saved; the next step reconnects.
    } finally {
      stream.destroy();
    }
    // The stream ended without a terminal frame (dropped or the slice ran out): reconnect now or soon.
    return { done: false, changed, delayMs: slice.aborted ? 0 : undefined };
  }
}

function parseFrame(data: string, batchId: string): BatchFrame | undefined {
  try {
    const frame = JSON.parse(data) as BatchFrame;
    return frame && frame.batchId === batchId && typeof frame.status === 'string' ? frame : undefined;
  } catch {
    return undefined;
  }
}
