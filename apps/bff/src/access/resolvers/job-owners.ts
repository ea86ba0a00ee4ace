import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { invalidJobRequest, isTrackableById, JOB_KINDS, JOB_STORE, jobKindOf, JobObject, JobObjectKind, JobRecord, JobStore, TRACKABLE_BY_ID } from '#jobs';
import { MiddlewareOwners } from './middleware-owners.js';
import { ownedBy, Owners } from './owners.js';
import { WalletOwners } from './wallet-owners.js';

/** Why a kind cannot be followed by id (also the validation message of POST /v1/jobs); undefined when it can. */
export function notTrackableByIdReason(type: string): string | undefined {
  const trackById = jobKindOf(type)?.trackById;
  return trackById && !isTrackableById(trackById) ? trackById.refused : undefined;
}

/**
 * What `POST /v1/jobs {type, upstreamId, partnerId?}` points at, read by the kind's descriptor (a CMS upload is its
 * partner's, a statement its card's, a payment its transaction's); 400 for what cannot be followed by id. The access
 * check and the tracking use this one reading, so they cannot disagree about which object a request names.
 */
export function jobObjectOf(type: unknown, upstreamId: unknown, partnerId: unknown): JobObject {
  const kind = typeof type === 'string' ? jobKindOf(type) : undefined;
  if (!kind) throw invalidJobRequest(`type must be one of ${TRACKABLE_BY_ID.join(', ')}`);
  if (!isTrackableById(kind.trackById)) throw invalidJobRequest(kind.trackById.refused);
  if (typeof upstreamId !== 'string' || upstreamId.length === 0 || upstreamId.length > 200) throw invalidJobRequest('upstreamId must be 1 to 200 characters');
  if (partnerId !== undefined && (typeof partnerId !== 'string' || partnerId.length === 0)) throw invalidJobRequest('partnerId must be a non-empty string');
  const object = kind.trackById.objectOf(upstreamId, partnerId as string | undefined);
  if (object.kind !== kind.owner) throw new Error(`Job kind ${kind.type} named a ${object.kind}, not its owner (${kind.owner})`);
  return object;
}

type ObjectResolver = (object: JobObject) => Promise<Owners>;

/** The kinds whose object (their descriptor's `owner`) has no resolver among `resolvable`. */
export function unresolvableJobKinds(resolvable: ReadonlySet<string>, kinds: ReadonlyArray<{ type: string; owner?: string }> = JOB_KINDS): string[] {
  return kinds.filter((kind) => !kind.owner || !resolvable.has(kind.owner)).map((kind) => kind.type);
}

/**
 * Jobs are the calling app's own; a job is also its object's: the partner stored when it started, else the object its
 * kind reads from the record (a statement's card). Apps limited to some partners see a job only when that partner is
 * theirs.
 */
@Injectable()
export class JobOwners implements OnModuleInit {
  private readonly resolvers: Record<JobObjectKind, ObjectResolver>;

  constructor(
    @Inject(JOB_STORE) private readonly store: JobStore,
    wallet: WalletOwners,
    middleware: MiddlewareOwners,
  ) {
    this.resolvers = {
      partner: async (object) => ownedBy((object as { partnerId: string }).partnerId),
      'wallet-card': (object) => wallet.card((object as { cardId: number }).cardId),
      'payment-link': (object) => middleware.paymentLink((object as { uid: string }).uid),
      'alternative-payment': (object) => middleware.alternativePayment((object as { uid: string }).uid),
      // As its routes (@AllPartnersOnly): Migo names no partner for a terminal payment.
      'terminal-payment': async () => ownedBy(null),
    };
  }

  /** The BFF refuses to start when a job kind names an object no resolver here can place. */
  onModuleInit(): void {
    const missing = unresolvableJobKinds(new Set(Object.keys(this.resolvers)));
    if (missing.length > 0) throw new Error(`Job kinds whose object the BFF cannot resolve to a partner: ${missing.join(', ')} (apps/bff/src/access/resolvers/job-owners.ts)`);
  }

  async job(app: string, id: string): Promise<Owners> {
    const record = await this.store.get(app, id);
    return record ? this.ofRecord(record) : { partners: [], match: 'all' };
  }

  async ofRecord(record: JobRecord): Promise<Owners> {
    if (record.partnerId) return ownedBy(record.partnerId);
    const object = jobKindOf(record.type)?.objectOfRecord?.(record);
    return object ? this.resolve(object) : ownedBy(null);
  }

  target(type: unknown, upstreamId: unknown, partnerId: unknown): Promise<Owners> {
    return this.resolve(jobObjectOf(type, upstreamId, partnerId));
  }

  private resolve(object: JobObject): Promise<Owners> {
    return this.resolvers[object.kind](object);
  }
}

/**
 * Lists and event streams of the app's own jobs: a job naming a partner the app may no longer act for is left out. A job
 * without a partner was started by this app after its access check (and only apps open to every partner start those).
 */
export function jobVisibleTo(app: { partners?: ReadonlySet<string> }, job: { partnerId?: string }): boolean {
  return !app.partners || job.partnerId === undefined || app.partners.has(job.partnerId);
}
