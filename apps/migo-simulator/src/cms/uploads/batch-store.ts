import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { prefixedId } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SimSettings } from '../../core/sim-settings.service.js';
import type { ConciliationEntry } from '../conciliation/conciliation-entry.js';
import type { RowError } from './row-validation.js';

export type BatchKind = 'cardholders' | 'cards' | 'conciliation';
export type BatchStatus = 'queued' | 'processing' | 'completed' | 'failed';

/** The outcome of one data row of a cardholder or card upload (`row` is 1-based among the data rows). */
export interface UploadRowOutcome {
  row: number;
  status: 'created' | 'failed';
  cardholderId?: number;
  cardId?: number;
  errors?: RowError[];
}

/** A conciliation batch's entries number themselves (an entry for a payment missing in the file has no row). */
export type RowOutcome = UploadRowOutcome | ConciliationEntry;

/** Processes one row; the batch numbers an upload row's outcome. */
export type RowProcessor = () => Omit<UploadRowOutcome, 'row'> | ConciliationEntry;

/** Rows that failed (an upload row Migo refused, a conciliation row it could not read) count as `failed`. */
function failedRow(outcome: RowOutcome): boolean {
  return outcome.status === 'failed' || outcome.status === 'invalid';
}

/** An SSE progress frame and the JSON snapshot: `batchId` first, `results` only once the batch is finished. */
export interface BatchFrame {
  batchId: string;
  kind: BatchKind;
  status: BatchStatus;
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  percentage: number;
  updatedAt: string;
  results?: RowOutcome[];
}

interface Batch {
  id: string;
  partnerId: string;
  kind: BatchKind;
  status: BatchStatus;
  rows: RowProcessor[];
  results: RowOutcome[];
  succeeded: number;
  updatedAt: string;
  timer?: NodeJS.Timeout;
}

export interface BatchWatcher {
  /** Called after every change, with the new frame. */
  update(frame: BatchFrame): void;
  /** The batch vanished (simulator reset). */
  gone(): void;
}

export function isTerminal(status: BatchStatus): boolean {
  return status === 'completed' || status === 'failed';
}

/**
 * Upload batches, processed in the background one row at a time at `uploadRowsPerSecond` (read before each row).
 * A batch ends `completed` when at least one row was created (or reconciled), `failed` when every row failed.
 */
@Injectable()
export class BatchStore implements Resettable, OnModuleDestroy {
  private batches = new Map<string, Batch>();
  private watchers = new Map<string, Set<BatchWatcher>>();

  constructor(
    registry: ResetRegistry,
    private readonly settings: SimSettings,
  ) {
    registry.register(this);
  }

  start(partnerId: string, kind: BatchKind, rows: RowProcessor[]): BatchFrame {
    const batch: Batch = { id: prefixedId('bat'), partnerId, kind, status: 'queued', rows, results: [], succeeded: 0, updatedAt: new Date().toISOString() };
    this.batches.set(batch.id, batch);
    this.scheduleNextRow(batch);
    return this.frame(batch);
  }

  /** The batch as seen by an operator of `partnerId`; another partner's batch is "not found" (7502). */
  snapshot(partnerId: string, batchId: string): BatchFrame {
    return this.frame(this.get(partnerId, batchId));
  }

  /** Subscribes to a batch's changes; returns the unsubscribe function. */
  watch(partnerId: string, batchId: string, watcher: BatchWatcher): () => void {
    const batch = this.get(partnerId, batchId);
    const set = this.watchers.get(batch.id) ?? new Set<BatchWatcher>();
    this.watchers.set(batch.id, set);
    set.add(watcher);
    return () => set.delete(watcher);
  }

  reset(): void {
    this.stopTimers();
    const orphans = [...this.watchers.values()].flatMap((set) => [...set]);
    this.batches = new Map();
    this.watchers = new Map();
    for (const watcher of orphans) watcher.gone();
  }

  onModuleDestroy(): void {
    this.stopTimers();
  }

  private get(partnerId: string, batchId: string): Batch {
    const batch = this.batches.get(batchId);
    if (!batch || batch.partnerId !== partnerId) throw MigoBusinessError.named('BATCH_NOT_FOUND');
    return batch;
  }

  private scheduleNextRow(batch: Batch): void {
    const delayMs = 1000 / this.settings.current.uploadRowsPerSecond;
    batch.timer = setTimeout(() => this.processNextRow(batch), delayMs);
    batch.timer.unref();
  }

  private processNextRow(batch: Batch): void {
    batch.timer = undefined;
    const index = batch.results.length;
    const produced = batch.rows[index]();
    const outcome: RowOutcome = 'row' in produced ? produced : { row: index + 1, ...produced };
    batch.results.push(outcome);
    if (!failedRow(outcome)) batch.succeeded++;
    const done = batch.results.length === batch.rows.length;
    batch.status = !done ? 'processing' : batch.succeeded > 0 ? 'completed' : 'failed';
    batch.updatedAt = new Date().toISOString();
    if (!done) this.scheduleNextRow(batch);
    const frame = this.frame(batch);
    for (const watcher of this.watchers.get(batch.id) ?? []) watcher.update(frame);
    if (done) this.watchers.delete(batch.id);
  }

  private frame(batch: Batch): BatchFrame {
    const total = batch.rows.length;
    const processed = batch.results.length;
    const frame: BatchFrame = {
      batchId: batch.id,
      kind: batch.kind,
      status: batch.status,
      total,
      processed,
      succeeded: batch.succeeded,
      failed: processed - batch.succeeded,
      percentage: Math.floor((processed * 100) / total),
      updatedAt: batch.updatedAt,
    };
    if (isTerminal(batch.status)) frame.results = [...batch.results];
    return frame;
  }

  private stopTimers(): void {
    for (const batch of this.batches.values()) if (batch.timer) clearTimeout(batch.timer);
  }
}
