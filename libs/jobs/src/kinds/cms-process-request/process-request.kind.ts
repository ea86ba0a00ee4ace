import { invalidJobRequest, jobObjectNotFound } from '../invalid-request.js';
import type { JobKind } from '../job-kind.js';
import { ProcessRequestTracker } from './process-request.tracker.js';

/** A partner balance top-up request, followed until a second operator approves or rejects it. Its object is its partner. */
export interface ProcessRequestTarget {
  type: 'cms.process-request';
  partnerId: string;
  requestId: number;
}

/** How a process request ended, as Migo's `status` says it. Anything else (`pending`, new values) is still open. */
export const PROCESS_REQUEST_OUTCOMES = ['approved', 'rejected'] as const;

export function processRequestOutcome(status: string): (typeof PROCESS_REQUEST_OUTCOMES)[number] | undefined {
  return status === 'approved' || status === 'rejected' ? status : undefined;
}

const REQUEST_ID = /^[1-9]\d{0,15}$/;

export const processRequestKind: JobKind<ProcessRequestTarget> = {
  type: 'cms.process-request',
  upstream: 'cms',
  // Migo gives a request no deadline of its own; a week without a second operator's decision ends the following
  // (the job fails as deadline-exceeded; the request stays pending at Migo and can be followed again by id).
  deadlineSeconds: 7 * 24 * 3600,
  owner: 'partner',
  trackById: {
    objectOf(upstreamId, partnerId) {
      if (!partnerId) throw invalidJobRequest('partnerId is required to track a process request');
      if (!REQUEST_ID.test(upstreamId) || !Number.isSafeInteger(Number(upstreamId))) throw invalidJobRequest('upstreamId of a process request is its numeric id');
      return { kind: 'partner', partnerId };
    },
    async confirm({ cms }, _object, upstreamId, partnerId) {
      const requestId = Number(upstreamId);
      // Migo has no route for one request: its partner's list is the only way to see it.
      if (!(await cms.allProcessRequests(partnerId!)).some((request) => request.id === requestId)) throw jobObjectNotFound(`Partner "${partnerId}" has no process request ${requestId}`);
      return { target: { type: 'cms.process-request', partnerId: partnerId!, requestId }, partnerId };
    },
  },
  result: { kind: 'json' },
  outcomes: PROCESS_REQUEST_OUTCOMES,
  tracker: ProcessRequestTracker,
};
