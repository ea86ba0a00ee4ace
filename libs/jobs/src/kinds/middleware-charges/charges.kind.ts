import type { JobKind } from '../job-kind.js';
import { ChargeBatchTracker } from './charge-batch.tracker.js';
import { CHARGE_OUTCOMES } from './charge-outcomes.js';

/** A charge the tracker waits an outcome for: `row` is how Migo's payment history names it (see assumptions). */
export interface ChargeRow {
  row: number;
  subscriptionId: string;
  amount: number;
}

/**
 * On-demand charges (a batch, or a CSV upload): followed row by row through each subscription's payment history.
 * `submittedAt` (ISO) is when the charges were sent, when that is earlier than the job (a job the reconciler starts
 * for a write found later); otherwise the job's creation time stands for it. `batchId` is null for a batch the
 * reconciler found by its reference in a history that does not name batches (rows are matched without it).
 */
export type ChargeTarget =
  | { type: 'middleware.charge-batch'; client: string; batchId: string | null; rows: ChargeRow[]; submittedAt?: string }
  | { type: 'middleware.csv-charges'; client: string; trackingId: string; rows: ChargeRow[]; submittedAt?: string };

function chargesKind(type: ChargeTarget['type']): JobKind<ChargeTarget> {
  return {
    type,
    upstream: 'middleware',
    deadlineSeconds: 48 * 3600,
    owner: 'partner',
    trackById: {
      refused: `${type} jobs cannot be tracked by id: Migo has no batch status, so the tracker needs the charged rows. Follow the job in the 202 answer of the route that started the charges`,
    },
    result: { kind: 'json' },
    outcomes: CHARGE_OUTCOMES,
    tracker: ChargeBatchTracker,
  };
}

export const chargeBatchKind = chargesKind('middleware.charge-batch');
export const csvChargesKind = chargesKind('middleware.csv-charges');
