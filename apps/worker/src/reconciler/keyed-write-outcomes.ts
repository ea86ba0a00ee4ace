import { Inject, Injectable } from '@nestjs/common';
import type { KeyRecord, StoredOutcome } from '#common';
import { CmsWriteLookup, PartnerHints, PROCESS_REQUEST } from '#cms';
import { deadlineSeconds, JOB_TRACKING, JOBS_ENV, JobsEnv, JobTracking, toJobDto, TrackerTarget } from '#jobs';
import { CHARGE_BATCH, ChargeBatchHints, MiddlewareWriteLookup, PAYMENT_LINK, PaymentLinkHints } from '#middleware';
import { CARD_TRANSFER, CardHints, FUNDS_ADJUSTMENT, FUNDS_OPERATION, LookupWindow, WalletWriteLookup } from '#wallet-gateway';

/** Kinds whose writes can be found at Migo; any other unknown-outcome key stays blocked for its retention. */
const RECONCILABLE = new Set([CARD_TRANSFER.kind, FUNDS_OPERATION.kind, FUNDS_ADJUSTMENT.kind, PAYMENT_LINK.kind, CHARGE_BATCH.kind, PROCESS_REQUEST.kind]);

/**
 * A keyed write found at Migo, turned into the answer its BFF route gives (status, Location, body): a replay of the
 * key stands for that answer, so each case mirrors its route (wallet/transfers/transfers.controller.ts: 201 and
 * Migo's transfer; wallet/funds/funds.controller.ts: 200 and the movement; cms/process-requests/: 201 and the
 * request; middleware/payment-links/ and middleware/charges/ controllers: 202, Location and `{job, upstream}`, the job
 * started here as the route would have).
 */
@Injectable()
export class KeyedWriteOutcomes {
  constructor(
    private readonly wallet: WalletWriteLookup,
    private readonly middleware: MiddlewareWriteLookup,
    private readonly cms: CmsWriteLookup,
    @Inject(JOB_TRACKING) private readonly tracking: JobTracking,
    @Inject(JOBS_ENV) private readonly jobs: JobsEnv,
  ) {}

  reconcilable(record: KeyRecord): boolean {
    return RECONCILABLE.has(record.kind) && record.hints !== undefined;
  }

  /** The route's answer if Migo shows the write; undefined if it does not (yet). Throws when Migo cannot be asked. */
  async find(app: string, record: KeyRecord, window: LookupWindow): Promise<StoredOutcome | undefined> {
    const { reference } = record;
    switch (record.kind) {
      case CARD_TRANSFER.kind: {
        const transfer = await this.wallet.transfer(reference, record.hints as CardHints, window);
        return transfer && { status: 201, headers: {}, body: transfer };
      }
      case FUNDS_OPERATION.kind: {
        const movement = await this.wallet.fundsOperation(reference, record.hints as CardHints, window);
        return movement && { status: 200, headers: {}, body: movement };
      }
      case FUNDS_ADJUSTMENT.kind: {
        const movement = await this.wallet.fundsAdjustment(reference, record.hints as CardHints, window);
        return movement && { status: 200, headers: {}, body: movement };
      }
      case PAYMENT_LINK.kind: {
        const hints = record.hints as PaymentLinkHints;
        const link = await this.middleware.paymentLink(hints);
        return link && this.accepted(app, { type: 'middleware.payment-link', uid: link.uid }, link.uid, hints.client, link);
      }
      case CHARGE_BATCH.kind: {
        const hints = record.hints as ChargeBatchHints;
        const batch = await this.middleware.chargeBatch(reference, hints);
        const rows = hints.rows.map(([subscriptionId, amount], row) => ({ row, subscriptionId, amount }));
        // The job starts now, but the rows may have been charged since the attempt: their outcomes are matched from then.
        const submittedAt = new Date(record.startedAt).toISOString();
        // Without a batch id (Migo's history need not name it) the job is known by the reference; rows match without it.
        return batch && this.accepted(app, { type: 'middleware.charge-batch', client: hints.client, batchId: batch.batchId, rows, submittedAt }, batch.batchId ?? reference, hints.client, batch);
      }
      case PROCESS_REQUEST.kind: {
        const request = await this.cms.processRequest(reference, record.hints as PartnerHints);
        return request && { status: 201, headers: {}, body: request };
      }
      default:
        return undefined;
    }
  }

  /** As `accepted()` in the BFF (jobs/job-responses.ts): the job that follows the work, and Migo's answer. */
  private async accepted(app: string, target: TrackerTarget, upstreamId: string, partnerId: string, upstream: unknown): Promise<StoredOutcome> {
    const record = await this.tracking.start({ app, target, upstreamId, partnerId, deadlineSeconds: deadlineSeconds(this.jobs, target.type), firstDelayMs: 250 });
    const job = toJobDto(record);
    return { status: 202, headers: { location: job.links.self }, body: { job, upstream } };
  }
}
