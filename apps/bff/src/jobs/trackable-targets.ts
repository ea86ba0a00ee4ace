import { Injectable } from '@nestjs/common';
import { CmsClient } from '#cms';
import { ProblemError, ProblemType } from '#common';
import type { JobType, TrackerTarget } from '#jobs';
import { MiddlewareClient } from '#middleware';
import { WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../auth/api-clients.js';
import { forbidden } from '../auth/api-key.guard.js';
import { grants, Scope } from '../auth/scopes.js';
import { jobObjectOf } from '../access/resolvers/job-owners.js';

export { notTrackableByIdReason } from '../access/resolvers/job-owners.js';

function notFound(detail: string): ProblemError {
  return ProblemError.of(404, ProblemType.notFound, 'Not found', detail);
}

/** The read scope of the surface a kind of job follows: tracking by id reads what that surface's routes would. */
function readScopeOf(type: JobType): Scope {
  return `${type.split('.')[0]}:read` as Scope;
}

/**
 * Turns POST /v1/jobs {type, upstreamId, partnerId?} into a tracker target once Migo confirms it knows the work (so a
 * typo is a 404 now, not a failed job later). Which object that is, and so whether the app may follow it, is decided
 * before this runs by the route's `@PartnerOf(JobTarget.body())` declaration, on the same reading (jobObjectOf).
 */
@Injectable()
export class TrackableTargets {
  constructor(
    private readonly cms: CmsClient,
    private readonly wallet: WalletGatewayClient,
    private readonly middleware: MiddlewareClient,
  ) {}

  async resolve(app: ApiClient, type: JobType, upstreamId: string, partnerId?: string): Promise<{ target: TrackerTarget; partnerId?: string }> {
    const scope = readScopeOf(type);
    if (!grants(app.scopes, scope)) throw forbidden(`App "${app.name}" lacks scope ${scope}`);
    const object = jobObjectOf(type, upstreamId, partnerId);
    switch (object.kind) {
      case 'partner': {
        const kind = type === 'cms.card-upload' ? 'cards' : 'cardholders';
        await this.cms.batch(object.partnerId, upstreamId, kind);
        return { target: { type: type as 'cms.cardholder-upload' | 'cms.card-upload', partnerId: object.partnerId, batchId: upstreamId }, partnerId: object.partnerId };
      }
      case 'wallet-card':
        await this.wallet.statementStatus(object.cardId, object.reference);
        return { target: { type: 'wallet.statement', cardId: object.cardId, reference: object.reference } };
      case 'payment-link':
      case 'alternative-payment': {
        const payment = object.kind === 'payment-link' ? await this.middleware.getPaymentLink(object.uid) : await this.middleware.getAlternativePayment(object.uid);
        // The transaction's Middleware client is its partner (same slug).
        if (partnerId && partnerId !== payment.client) throw notFound(`Partner "${partnerId}" has no transaction ${object.uid}`);
        return { target: { type: object.kind === 'payment-link' ? 'middleware.payment-link' : 'middleware.alternative-payment', uid: object.uid }, partnerId: payment.client };
      }
    }
  }
}
