import type { SseWriter } from '../../core/sse.js';
import { BatchFrame, BatchStore, isTerminal } from './batch-store.js';

/** At most one progress frame per this many milliseconds while rows are processed quickly. */
export const PROGRESS_FRAME_INTERVAL_MS = 100;

/**
 * Streams a batch to one SSE client: the current snapshot at once, then the progress (coalesced to one frame per
 * 100 ms, the latest state winning), then the terminal frame with `results`, then the end of the stream.
 * Reconnecting starts again from the current state; a finished batch gets its terminal frame and the end.
 */
export function streamBatchProgress(writer: SseWriter, store: BatchStore, partnerId: string, batchId: string): void {
  const first = store.snapshot(partnerId, batchId);
  if (!writer.send(first) || isTerminal(first.status)) {
    writer.end();
    return;
  }

  let lastSentAt = Date.now();
  let pending: BatchFrame | undefined;
  let flushTimer: NodeJS.Timeout | undefined;

  const stop = () => {
    if (flushTimer) clearTimeout(flushTimer);
    unsubscribe();
  };
  const send = (frame: BatchFrame) => {
    pending = undefined;
    lastSentAt = Date.now();
    if (!writer.send(frame) || isTerminal(frame.status)) {
      stop();
      writer.end();
    }
  };
  const flush = () => {
    flushTimer = undefined;
    if (pending) send(pending);
  };

  const unsubscribe = store.watch(partnerId, batchId, {
    update: (frame) => {
      if (isTerminal(frame.status)) return send(frame);
      pending = frame;
      const wait = lastSentAt + PROGRESS_FRAME_INTERVAL_MS - Date.now();
      if (wait <= 0) return send(frame);
      flushTimer ??= setTimeout(flush, wait);
    },
    gone: () => {
      stop();
      writer.end();
    },
  });
  writer.onClose(stop);
}
