import type { JobKind } from '../job-kind.js';
import { invalidJobRequest } from '../invalid-request.js';
import { CmsUploadTracker } from './cms-upload.tracker.js';

/** A CMS Excel upload of cardholders or cards, followed on Migo's progress stream. Its object is its partner. */
export interface CmsUploadTarget {
  type: 'cms.cardholder-upload' | 'cms.card-upload';
  partnerId: string;
  batchId: string;
}

function uploadKind(type: CmsUploadTarget['type'], batchKind: 'cardholders' | 'cards'): JobKind<CmsUploadTarget> {
  return {
    type,
    upstream: 'cms',
    deadlineSeconds: 24 * 3600,
    owner: 'partner',
    trackById: {
      objectOf(_upstreamId, partnerId) {
        if (!partnerId) throw invalidJobRequest('partnerId is required to track a CMS upload');
        return { kind: 'partner', partnerId };
      },
      async confirm({ cms }, _object, batchId, partnerId) {
        await cms.batch(partnerId!, batchId, batchKind);
        return { target: { type, partnerId: partnerId!, batchId }, partnerId };
      },
    },
    result: { kind: 'json' },
    tracker: CmsUploadTracker,
  };
}

export const cardholderUploadKind = uploadKind('cms.cardholder-upload', 'cardholders');
export const cardUploadKind = uploadKind('cms.card-upload', 'cards');
