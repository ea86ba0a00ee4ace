import { Injectable } from '@nestjs/common';
import { nanoId, prefixedId } from '../../core/ids.js';
import { toUnits } from '../../core/money.js';
import type { MiddlewareClient } from '../shared/clients.js';
import { SubscriptionStore } from '../subscriptions/subscription-store.js';
import type { CsvChargeRow } from './charge-csv.js';
import type { ChargeRowBody } from './charge.dto.js';
import { ChargeRuns } from './charge-runs.js';
import { SubscriptionCharges } from './subscription-charges.js';

const ERRORS_SAMPLE_SIZE = 10;

/** A positive amount with at most 4 decimals, in units; undefined otherwise. */
function validUnits(amount: number): number | undefined {
  const units = toUnits(amount);
  return units !== undefined && units > 0 ? units : undefined;
}

function parseMetadata(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The two asynchronous charge intakes. Both answer 202 at once and hand the rows to ChargeRuns; each charged row adds
 * one payment-history entry whose `source` names the batch (or CSV) and the row.
 */
@Injectable()
export class ChargeIntake {
  constructor(
    private readonly subscriptions: SubscriptionStore,
    private readonly charges: SubscriptionCharges,
    private readonly runs: ChargeRuns,
  ) {}

  /** On-demand batch: rows naming no subscription of this client, or a bad amount, are rejected up front. */
  acceptBatch(client: MiddlewareClient, data: ChargeRowBody[]) {
    const batchId = prefixedId('bat');
    const errors: Array<{ index: number; subscriptionId: string; message: string }> = [];
    const accepted: Array<() => void> = [];
    data.forEach((row, index) => {
      const sub = this.subscriptions.find(row.subscriptionId);
      const units = validUnits(row.amount);
      if (!sub || sub.client !== client.slug) errors.push({ index, subscriptionId: row.subscriptionId, message: 'Subscription not found for this client.' });
      else if (units === undefined) errors.push({ index, subscriptionId: row.subscriptionId, message: 'amount must be greater than zero with at most 4 decimal places.' });
      else accepted.push(() => this.charges.chargeOnDemand(sub, units, { type: 'on-demand', batchId, row: index }, row.metadata));
    });
    this.runs.start(accepted);
    return {
      clientId: client.slug,
      batchId,
      totals: { received: data.length, accepted: accepted.length, rejected: errors.length },
      errorsSample: errors.slice(0, ERRORS_SAMPLE_SIZE),
    };
  }

  /** CSV rows are judged when charged; an invalid one is skipped without a trace (Migo: per-row outcomes out of scope). */
  acceptCsv(client: MiddlewareClient, rows: CsvChargeRow[]): string {
    const trackingId = nanoId();
    this.runs.start(
      rows.map(({ row, cells }) => () => {
        const sub = this.subscriptions.find(cells.subscriptionId.trim());
        const amount = cells.amount.trim();
        const units = /^\d+(\.\d+)?$/.test(amount) ? validUnits(Number(amount)) : undefined;
        if (!sub || sub.client !== client.slug || units === undefined) return;
        this.charges.chargeOnDemand(sub, units, { type: 'csv', trackingId, row }, parseMetadata(cells.metadata));
      }),
    );
    return trackingId;
  }
}
