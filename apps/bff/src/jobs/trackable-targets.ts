import { Injectable } from '@nestjs/common';
import { CmsClient } from '#cms';
import { ProblemError, ProblemType } from '#common';
import type { JobType, TrackerTarget } from '#jobs';
import { MiddlewareClient } from '#middleware';
import { WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../auth/api-clients.js';
import { assertPartnerAllowed } from '../auth/api-key.guard.js';
import { grants } from '../auth/scopes.js';
import { forbidden } from '../auth/api-key.guard.js';

function invalid(detail: string): ProblemError {
  return ProblemError.of(400, ProblemType.validation, 'Invalid request', detail);
}

/** Why charge jobs cannot be followed from an id alone (also the validation message of POST /v1/jobs). */
export function notTrackableByIdReason(type: string): string | undefined {
  return type === 'middleware.charge-batch' || type === 'middleware.csv-charges'
    ? `${type} jobs cannot be tracked by id: Migo has no batch status, so the tracker needs the charged rows. Follow the job in the 202 answer of the route that started the charges`
    : undefined;
}

function notFound(detail: string): ProblemError {
  return ProblemError.of(404, ProblemType.notFound, 'Not found', detail);
}

/**
 * Turns POST /v1/jobs {type, upstreamId, partnerId?} into a tracker target, after checking that the app may see that
 * upstream work and that Migo knows it (so a typo is a 404 now, not a failed job later).
 */
@Injectable()
export class TrackableTargets {
  constructor(
    private readonly cms: CmsClient,
    private readonly wallet: WalletGatewayClient,
    private readonly middleware: MiddlewareClient,
  ) {}

  async resolve(app: ApiClient, type: JobType, upstreamId: string, partnerId?: string): Promise<{ target: TrackerTarget; partnerId?: string }> {
    switch (type) {
      case 'cms.cardholder-upload':
      case 'cms.card-upload': {
        if (!grants(app.scopes, 'cms:read')) throw forbidden(`App "${app.name}" lacks scope cms:read`);
        if (!partnerId) throw invalid('partnerId is required to track a CMS upload');
        assertPartnerAllowed(app, partnerId);
        await this.cms.batch(partnerId, upstreamId, type === 'cms.card-upload' ? 'cards' : 'cardholders');
        return { target: { type, partnerId, batchId: upstreamId }, partnerId };
      }
      case 'wallet.statement': {
        if (!grants(app.scopes, 'wallet:read')) throw forbidden(`App "${app.name}" lacks scope wallet:read`);
        const match = /^(\d+)\/([A-Za-z0-9_-]+)$/.exec(upstreamId);
        if (!match) throw invalid('upstreamId of a statement is "<cardId>/<reference>"');
        await this.wallet.statementStatus(Number(match[1]), match[2]);
        return { target: { type, cardId: Number(match[1]), reference: match[2] } };
      }
      case 'middleware.payment-link':
      case 'middleware.alternative-payment': {
        if (!grants(app.scopes, 'middleware:read')) throw forbidden(`App "${app.name}" lacks scope middleware:read`);
        const payment = type === 'middleware.payment-link' ? await this.middleware.getPaymentLink(upstreamId) : await this.middleware.getAlternativePayment(upstreamId);
        // The transaction's Middleware client is its partner (same slug).
        if (partnerId && partnerId !== payment.client) throw notFound(`Partner "${partnerId}" has no transaction ${upstreamId}`);
        assertPartnerAllowed(app, payment.client);
        return { target: { type, uid: upstreamId }, partnerId: payment.client };
      }
      case 'middleware.charge-batch':
      case 'middleware.csv-charges':
        throw invalid(notTrackableByIdReason(type)!);
      default:
        throw invalid(`Jobs of type ${type} cannot be tracked by id`);
    }
  }
}
