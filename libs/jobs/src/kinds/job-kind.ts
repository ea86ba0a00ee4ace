import type { Type } from '@nestjs/common';
import type { CmsClient } from '#cms';
import type { MiddlewareClient } from '#middleware';
import type { UpstreamName } from '#migo-http';
import type { WalletGatewayClient } from '#wallet-gateway';
import type { JobRecord } from '../job-record.js';
import type { Tracker } from './tracker.js';

/**
 * The object a job follows, as the route that starts that work names it; an app may follow or read the job only when
 * that object's partner is one of the app's. The BFF has one access resolver per object kind, and refuses to start
 * when a job kind names an object kind it cannot resolve.
 */
export type JobObject =
  | { kind: 'partner'; partnerId: string }
  | { kind: 'wallet-card'; cardId: number; reference: string }
  | { kind: 'payment-link'; uid: string }
  | { kind: 'alternative-payment'; uid: string }
  /** Migo does not say which partner a terminal payment belongs to: only apps of every partner may follow one. */
  | { kind: 'terminal-payment'; id: number };

export type JobObjectKind = JobObject['kind'];

/** The Migo clients a kind may use to confirm work it is asked to follow, or to fetch its result file. */
export interface JobKindClients {
  cms: CmsClient;
  wallet: WalletGatewayClient;
  middleware: MiddlewareClient;
}

/** A file a finished job produced, fetched from Migo when asked for. */
export interface JobResultFile {
  bytes: Buffer;
  contentType: string;
  disposition?: string;
}

/** How `POST /v1/jobs {type, upstreamId, partnerId?}` follows work of this kind started elsewhere. */
export interface TrackableById<T extends { type: string }> {
  /** The object named by the request (throws a 400 problem when the id cannot name one); the access check reads it. */
  objectOf(upstreamId: string, partnerId: string | undefined): JobObject;
  /** Asks Migo whether it knows the work (a typo is a 404 now, not a failed job later); the tracker's target. */
  confirm(clients: JobKindClients, object: JobObject, upstreamId: string, partnerId: string | undefined): Promise<{ target: T; partnerId?: string }>;
}

/**
 * Everything the BFF and the worker know about one kind of upstream work, in one place: its name, its upstream, how
 * long it is followed, how an app may follow it by id, which object (and so which partner) it belongs to, what its
 * result is, and the tracker that follows it. `libs/jobs/src/kinds/registry.ts` lists every kind.
 */
export interface JobKind<T extends { type: string } = { type: string }> {
  type: T['type'];
  upstream: UpstreamName;
  /** How long a tracker follows the work before it fails the job (TRACKER_DEADLINE_SECONDS overrides every kind). */
  deadlineSeconds: number;
  /**
   * The kind of object a job of this kind belongs to, whose partner decides who may follow or read it (the BFF has an
   * access resolver per object kind, and refuses to start when one is missing).
   */
  owner: JobObjectKind;
  /** Following by id: how, or why not (the reason is the 400 answer's detail). */
  trackById: TrackableById<T> | { refused: string };
  /**
   * The object a stored job of this kind belongs to, beyond the partner recorded when it started (which always
   * decides when present): a statement is its card's.
   */
  objectOfRecord?(record: JobRecord): JobObject | undefined;
  /** JSON in the job (`result`), or also a file at `/v1/jobs/{id}/result` once it succeeded. */
  result: { kind: 'json' } | { kind: 'file'; fetch(clients: JobKindClients, record: JobRecord): Promise<JobResultFile> };
  /**
   * The values of a succeeded job's top-level `outcome` (how the work ended, e.g. a payment `denied`), so an app that
   * reads only `state` cannot take a declined payment for a paid one. Absent: the kind has none (`outcome` is null).
   */
  outcomes?: readonly string[];
  /** The worker's tracker (a Nest provider; its dependencies are the Migo clients and nothing of the BFF). */
  tracker: Type<Tracker<T>>;
}

/** Whether a kind can be followed by id (`POST /v1/jobs`). */
export function isTrackableById<T extends { type: string }>(trackById: JobKind<T>['trackById']): trackById is TrackableById<T> {
  return 'objectOf' in trackById;
}
