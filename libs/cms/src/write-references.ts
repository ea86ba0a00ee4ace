import { Injectable } from '@nestjs/common';
import { appendReference, isPlainObject, KeyedWrite, referenceTag } from '#common';
import { CmsClient } from './cms.client.js';
import type { ProcessRequest } from './cms.types.js';

/**
 * Where the BFF's reference goes in each keyed CMS write, and how the write is found by it later. Migo's CMS has no
 * idempotency key and no lookup by reference; these are the assumptions (docs/upstream-assumptions.md, "Issue 16:
 * risky assumptions fixed"), all in this file:
 * - a process request (partner balance top-up) carries it at the end of `observations`, its only free-text field,
 *   which Migo lists back on the partner's process requests (`GET /app/partners/{clientId}/process-requests/all`);
 * - a card upload and a process request's review carry nothing (an Excel file of card rows; `{status, reason}`): an
 *   unknown outcome is not looked up, and the key stays blocked for its retention.
 */

/** `observations` is at most this long (the BFF's and the simulator's limit; Migo's is not documented). */
const OBSERVATIONS_MAX = 500;

export interface PartnerHints {
  partnerId: string;
}

export const PROCESS_REQUEST: KeyedWrite<PartnerHints> = {
  kind: 'cms.process-request',
  stamp: (body, reference) => isPlainObject(body) && appendReference(body, 'observations', reference, OBSERVATIONS_MAX),
  hints: ({ params }) => (typeof params.partnerId === 'string' && params.partnerId !== '' ? { partnerId: params.partnerId } : undefined),
};

/** Finds keyed CMS writes at Migo by the reference stamped on them (reads only). */
@Injectable()
export class CmsWriteLookup {
  constructor(private readonly cms: CmsClient) {}

  async processRequest(reference: string, hints: PartnerHints): Promise<ProcessRequest | undefined> {
    const tag = referenceTag(reference);
    return (await this.cms.allProcessRequests(hints.partnerId)).find((request) => (request.observations ?? '').endsWith(tag));
  }
}
