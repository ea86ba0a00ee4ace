import type { JobRecord } from '../../job-record.js';
import { invalidJobRequest, jobObjectNotFound } from '../invalid-request.js';
import type { JobKind } from '../job-kind.js';
import { CONCILIATION_OUTCOMES } from './conciliation-result.js';
import { ConciliationTracker } from './conciliation.tracker.js';

/** A processor or bank conciliation file Migo reconciles in the background. Its object is its partner. */
export interface ConciliationTarget {
  type: 'cms.conciliation';
  partnerId: string;
  batchId: string;
}

function partnerOf(record: JobRecord): string {
  if (!record.partnerId) throw new Error(`Job ${record.id}: a conciliation job records its partner`);
  return record.partnerId;
}

export const conciliationKind: JobKind<ConciliationTarget> = {
  type: 'cms.conciliation',
  upstream: 'cms',
  deadlineSeconds: 24 * 3600,
  owner: 'partner',
  trackById: {
    objectOf(_upstreamId, partnerId) {
      if (!partnerId) throw invalidJobRequest('partnerId is required to track a conciliation file');
      return { kind: 'partner', partnerId };
    },
    async confirm({ cms }, _object, batchId, partnerId) {
      const batch = await cms.batch(partnerId!, batchId, 'conciliation-files');
      if (batch.kind !== undefined && batch.kind !== 'conciliation') throw jobObjectNotFound(`Migo has no conciliation batch ${batchId}`);
      return { target: { type: 'cms.conciliation', partnerId: partnerId!, batchId }, partnerId };
    },
  },
  result: {
    kind: 'file',
    fetch: ({ cms }, record) => cms.conciliationFiles.resultCsv(partnerOf(record), record.upstream.id),
  },
  outcomes: CONCILIATION_OUTCOMES,
  tracker: ConciliationTracker,
};
