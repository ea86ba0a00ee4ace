import { invalidJobRequest, jobObjectNotFound } from '../invalid-request.js';
import type { JobKind } from '../job-kind.js';
import { LeadTracker } from './lead.tracker.js';

/** A merchant lead, followed until Migo approves it into a business or rejects it. Its object is its partner. */
export interface LeadTarget {
  type: 'wallet.lead';
  leadId: string;
}

export const LEAD_OUTCOMES = ['approved', 'rejected'] as const;

/** `registered` (the owner registered and Migo provisioned the business) is the approval; anything else but `rejected` is still open. */
export function leadOutcome(status: string): (typeof LEAD_OUTCOMES)[number] | undefined {
  if (status === 'registered') return 'approved';
  return status === 'rejected' ? 'rejected' : undefined;
}

const LEAD_ID = /^[0-9a-f]{24}$/;

export const leadKind: JobKind<LeadTarget> = {
  type: 'wallet.lead',
  upstream: 'wallet',
  // Onboarding waits on the owner and on Migo's KYC review: weeks, not hours.
  deadlineSeconds: 30 * 24 * 3600,
  owner: 'partner',
  trackById: {
    objectOf(upstreamId, partnerId) {
      if (!partnerId) throw invalidJobRequest('partnerId is required to track a lead');
      if (!LEAD_ID.test(upstreamId)) throw invalidJobRequest('upstreamId of a lead is its _id (24 hex characters)');
      return { kind: 'partner', partnerId };
    },
    async confirm({ wallet }, _object, leadId, partnerId) {
      const lead = await wallet.businesses.lead(leadId);
      if (lead.partner !== partnerId) throw jobObjectNotFound(`Partner "${partnerId}" has no lead ${leadId}`);
      return { target: { type: 'wallet.lead', leadId }, partnerId };
    },
  },
  result: { kind: 'json' },
  outcomes: LEAD_OUTCOMES,
  tracker: LeadTracker,
};
