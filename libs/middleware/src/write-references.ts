import { Injectable } from '@nestjs/common';
import { isPlainObject, KeyedWrite } from '#common';
import { UpstreamError } from '#migo-http';
import { MiddlewareClient } from './middleware.client.js';
import type { ChargeBatchFound, PaymentLinkCreated } from './middleware.types.js';

/**
 * Where the BFF's reference goes in each keyed Middleware write, and how the write is found by it later. Migo's
 * Middleware has no idempotency key (the docs say so for charges); these are the assumptions
 * (docs/upstream-assumptions.md, "Keyed writes"), all in this file:
 * - a payment link is found by its `externalId`, unique per client at Migo: the caller's own, or the reference when
 *   the caller sent none; `GET /transactions?client=&externalId=` lists it (the Transactions tag's "search");
 * - an on-demand charge batch carries the reference in each row's `metadata.bffReference` (metadata that is an object
 *   or absent; other rows are left as sent); Migo copies `metadata` to the row's payment-history entry, so the history
 *   of the rows' subscriptions shows the batch once its first row was charged. Only an entry's `source` (which Migo
 *   does not document) names the batch id: without it the batch is found all the same, with `batchId: null`.
 */

export const METADATA_KEY = 'bffReference';

export interface PaymentLinkHints {
  client: string;
  externalId: string;
}

export const PAYMENT_LINK: KeyedWrite<PaymentLinkHints> = {
  kind: 'middleware.payment-link',
  stamp: (body, reference) => {
    if (isPlainObject(body) && body.externalId === undefined) body.externalId = reference;
  },
  hints: ({ body }) => (isPlainObject(body) && typeof body.client === 'string' && typeof body.externalId === 'string' ? { client: body.client, externalId: body.externalId } : undefined),
};

/** A requested row: subscription, amount, and whether its metadata carries the reference. */
export type ChargeRowHint = [subscriptionId: string, amount: number, stamped: 0 | 1];

export interface ChargeBatchHints {
  client: string;
  rows: ChargeRowHint[];
}

/** Subscriptions whose history is read to find a batch (the first stamped rows': one accepted row is enough). */
const PROBE_SUBSCRIPTIONS = 10;

export const CHARGE_BATCH: KeyedWrite<ChargeBatchHints> = {
  kind: 'middleware.charge-batch',
  stamp: (body, reference) => {
    if (!isPlainObject(body) || !Array.isArray(body.data)) return;
    for (const row of body.data) {
      if (!isPlainObject(row)) continue;
      if (row.metadata === undefined) row.metadata = { [METADATA_KEY]: reference };
      else if (isPlainObject(row.metadata)) row.metadata = { ...row.metadata, [METADATA_KEY]: reference };
    }
  },
  hints: ({ body }) => {
    if (!isPlainObject(body) || typeof body.client !== 'string' || !Array.isArray(body.data)) return undefined;
    const rows = body.data.filter(isPlainObject).map((row): ChargeRowHint => [String(row.subscriptionId), Number(row.amount), isPlainObject(row.metadata) && row.metadata[METADATA_KEY] !== undefined ? 1 : 0]);
    return { client: body.client, rows };
  },
};

const isNotFound = (error: unknown) => error instanceof UpstreamError && error.kind === 'response' && error.status === 404;

/** Finds keyed Middleware writes at Migo by the reference stamped on them (reads only). */
@Injectable()
export class MiddlewareWriteLookup {
  constructor(private readonly middleware: MiddlewareClient) {}

  async paymentLink(hints: PaymentLinkHints): Promise<PaymentLinkCreated | undefined> {
    const [link] = await this.middleware.paymentLinks.findPaymentLinks({ client: hints.client, externalId: hints.externalId });
    return link && { uid: link.uid, reference: link.reference, URL: link.URL };
  }

  /**
   * The batch as Migo answered it, but for `totals` and `errorsSample`, which only that answer held (left empty), and
   * `batchId`, null unless the entry's `source` names it.
   */
  async chargeBatch(reference: string, hints: ChargeBatchHints): Promise<ChargeBatchFound | undefined> {
    const subscriptions = [...new Set(hints.rows.filter(([, , stamped]) => stamped).map(([subscriptionId]) => subscriptionId))].slice(0, PROBE_SUBSCRIPTIONS);
    for (const subscriptionId of subscriptions) {
      const history = await this.middleware.charges.paymentHistory({ subscriptionId }).catch((error: unknown) => {
        if (isNotFound(error)) return [];
        throw error;
      });
      const entry = history.find((e) => isPlainObject(e.metadata) && e.metadata[METADATA_KEY] === reference);
      if (entry) return { clientId: hints.client, batchId: entry.source?.batchId ?? null, totals: {}, errorsSample: [] };
    }
    return undefined;
  }
}
