import { conciliationKind } from './cms-conciliation/conciliation.kind.js';
import { processRequestKind } from './cms-process-request/process-request.kind.js';
import { cardholderUploadKind, cardUploadKind } from './cms-upload/cms-upload.kind.js';
import type { JobKind } from './job-kind.js';
import { alternativePaymentKind } from './middleware-alternative-payment/alternative-payment.kind.js';
import { chargeBatchKind, csvChargesKind } from './middleware-charges/charges.kind.js';
import { paymentLinkKind } from './middleware-payment-link/payment-link.kind.js';
import { paymentLinkReversalKind } from './middleware-payment-link-reversal/reversal.kind.js';
import { leadKind } from './wallet-lead/lead.kind.js';
import { statementKind } from './wallet-statement/statement.kind.js';
import { terminalPaymentKind } from './wallet-terminal-payment/terminal-payment.kind.js';

/**
 * Every kind of upstream work the BFF can track: a new kind is its folder under `kinds/` and one entry here. The
 * worker refuses to start when a kind has no tracker, the BFF when it cannot resolve a kind's object.
 */
export const JOB_KINDS = [cardholderUploadKind, cardUploadKind, statementKind, chargeBatchKind, csvChargesKind, paymentLinkKind, paymentLinkReversalKind, alternativePaymentKind, conciliationKind, terminalPaymentKind, processRequestKind, leadKind] as const;

type TargetOf<K> = K extends JobKind<infer T> ? T : never;

/** What a tracker needs to follow its upstream work. Never holds a secret, PAN, CVV or PIN. */
export type TrackerTarget = TargetOf<(typeof JOB_KINDS)[number]>;

/** Upstream work the BFF can track. The name says which surface and what. */
export type JobType = TrackerTarget['type'];

export const JOB_TYPES: readonly JobType[] = JOB_KINDS.map((kind) => kind.type);

const BY_TYPE = new Map<string, JobKind>(JOB_KINDS.map((kind) => [kind.type, kind as unknown as JobKind]));

/** The descriptor of a kind; undefined for a name no kind has (a request's `type`, a record of a removed kind). */
export function jobKindOf(type: string): JobKind | undefined {
  return BY_TYPE.get(type);
}

/** The descriptor of a kind the code names (throws for a name no kind has: a bug, not a request). */
export function jobKind(type: JobType): JobKind {
  const kind = BY_TYPE.get(type);
  if (!kind) throw new Error(`No job kind ${type}`);
  return kind;
}
