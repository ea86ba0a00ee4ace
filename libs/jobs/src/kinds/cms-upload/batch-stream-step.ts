import { BatchFrame, BatchPath, CmsClient, parseSse } from '#cms';
import type { JobProgress } from '../../job-dto.js';
import type { StepContext, StepResult } from '../tracker.js';

/** Progress is written at most this often while frames arrive quickly (a change of percent always goes through). */
const PROGRESS_WRITE_INTERVAL_MS = 250;

export function batchProgressOf(frame: BatchFrame): JobProgress {
  return { percent: frame.percentage, processed: frame.processed, total: frame.total, succeeded: frame.succeeded, failed: frame.failed, status: frame.status };
}

function isFinished(frame: BatchFrame): boolean {
  return frame.status === 'completed' || frame.status === 'failed';
}

function parseFrame(data: string, batchId: string): BatchFrame | undefined {
  try {
    const frame = JSON.parse(data) as BatchFrame;
    return frame && frame.batchId === batchId && typeof frame.status === 'string' ? frame : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One step of following a CMS batch on Migo's own progress stream (SSE): reads the stream for at most one slice and
 * hands the terminal frame to `finish`; when the stream drops it reconnects on the next step (Migo resends the current
 * state first) — the job completes either way and no progress is announced twice.
 */
export async function followBatchStream(
  cms: CmsClient,
  context: StepContext<{ type: string; partnerId: string; batchId: string }>,
  path: BatchPath,
  finish: (frame: BatchFrame) => Promise<void>,
): Promise<StepResult> {
  const { partnerId, batchId } = context.target;
  const slice = AbortSignal.timeout(context.sliceMs);
  const signal = AbortSignal.any([slice, context.signal]);
  const stream = await cms.batchProgressStream(partnerId, batchId, { signal }, path);
  let changed = false;
  let lastWrite = 0;
  let lastPercent = context.job.progress.percent;
  try {
    for await (const message of parseSse(stream)) {
      const frame = parseFrame(message.data, batchId);
      if (!frame) continue;
      if (isFinished(frame)) {
        await finish(frame);
        return { done: true };
      }
      const now = Date.now();
      if (frame.percentage !== lastPercent || now - lastWrite >= PROGRESS_WRITE_INTERVAL_MS) {
        await context.progress(batchProgressOf(frame));
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
