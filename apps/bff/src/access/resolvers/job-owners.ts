import { Inject, Injectable } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';
import { JOB_TYPES, JobRecord, JobStore, JobType, TRACKABLE_BY_ID } from '#jobs';
import { JOB_STORE } from '../../jobs/jobs.tokens.js';
import { MiddlewareOwners } from './middleware-owners.js';
import { ownedBy, Owners } from './owners.js';
import { WalletOwners } from './wallet-owners.js';

/** The object a kind of job follows, named as the route that starts that work names it. */
export type JobObject =
  | { kind: 'partner'; partnerId: string }
  | { kind: 'wallet-card'; cardId: number; reference: string }
  | { kind: 'payment-link' | 'alternative-payment'; uid: string };

function invalid(detail: string): ProblemError {
  return ProblemError.of(400, ProblemType.validation, 'Invalid request', detail);
}

/** Why charge jobs cannot be followed from an id alone (also the validation message of POST /v1/jobs). */
export function notTrackableByIdReason(type: string): string | undefined {
  return type === 'middleware.charge-batch' || type === 'middleware.csv-charges'
    ? `${type} jobs cannot be tracked by id: Migo has no batch status, so the tracker needs the charged rows. Follow the job in the 202 answer of the route that started the charges`
    : undefined;
}

const STATEMENT_ID = /^([1-9]\d{0,15})\/([A-Za-z0-9_-]{1,200})$/;

/**
 * What `POST /v1/jobs {type, upstreamId, partnerId?}` points at: a CMS upload is its partner's, a statement its card's,
 * a payment its transaction's. 400 for what cannot be followed by id. The access check and the tracking use this one
 * reading, so they cannot disagree about which object a request names.
 */
export function jobObjectOf(type: unknown, upstreamId: unknown, partnerId: unknown): JobObject {
  if (typeof type !== 'string' || !(JOB_TYPES as readonly string[]).includes(type)) throw invalid(`type must be one of ${TRACKABLE_BY_ID.join(', ')}`);
  const reason = notTrackableByIdReason(type);
  if (reason) throw invalid(reason);
  if (typeof upstreamId !== 'string' || upstreamId.length === 0 || upstreamId.length > 200) throw invalid('upstreamId must be 1 to 200 characters');
  switch (type as JobType) {
    case 'cms.cardholder-upload':
    case 'cms.card-upload':
      if (typeof partnerId !== 'string' || partnerId.length === 0) throw invalid('partnerId is required to track a CMS upload');
      return { kind: 'partner', partnerId };
    case 'wallet.statement': {
      const match = STATEMENT_ID.exec(upstreamId);
      if (!match || !Number.isSafeInteger(Number(match[1]))) throw invalid('upstreamId of a statement is "<cardId>/<reference>"');
      return { kind: 'wallet-card', cardId: Number(match[1]), reference: match[2] };
    }
    case 'middleware.payment-link':
      return { kind: 'payment-link', uid: upstreamId };
    case 'middleware.alternative-payment':
      return { kind: 'alternative-payment', uid: upstreamId };
    default:
      throw invalid(`Jobs of type ${type} cannot be tracked by id`);
  }
}

/**
 * Jobs are the calling app's own; a job is also its object's: the partner stored when it started, else (statements) its
 * card's. Apps limited to some partners see a job only when that partner is theirs.
 */
@Injectable()
export class JobOwners {
  constructor(
    @Inject(JOB_STORE) private readonly store: JobStore,
    private readonly wallet: WalletOwners,
    private readonly middleware: MiddlewareOwners,
  ) {}

  async job(app: string, id: string): Promise<Owners> {
    const record = await this.store.get(app, id);
    return record ? this.ofRecord(record) : { partners: [], match: 'all' };
  }

  async ofRecord(record: JobRecord): Promise<Owners> {
    if (record.partnerId) return ownedBy(record.partnerId);
    if (record.type === 'wallet.statement') {
      const match = STATEMENT_ID.exec(record.upstream.id);
      return match ? this.wallet.card(Number(match[1])) : ownedBy(null);
    }
    return ownedBy(null);
  }

  target(type: unknown, upstreamId: unknown, partnerId: unknown): Promise<Owners> {
    const object = jobObjectOf(type, upstreamId, partnerId);
    switch (object.kind) {
      case 'partner':
        return Promise.resolve(ownedBy(object.partnerId));
      case 'wallet-card':
        return this.wallet.card(object.cardId);
      case 'payment-link':
        return this.middleware.paymentLink(object.uid);
      case 'alternative-payment':
        return this.middleware.alternativePayment(object.uid);
    }
  }
}

/**
 * Lists and event streams of the app's own jobs: a job naming a partner the app may no longer act for is left out. A job
 * without a partner was started by this app after its access check (and only apps open to every partner start those).
 */
export function jobVisibleTo(app: { partners?: ReadonlySet<string> }, job: { partnerId?: string }): boolean {
  return !app.partners || job.partnerId === undefined || app.partners.has(job.partnerId);
}
