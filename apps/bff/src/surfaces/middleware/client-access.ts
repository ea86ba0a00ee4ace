import { Injectable } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';
import { UpstreamError } from '#migo-http';
import { MiddlewareClient } from '#middleware';
import type { ApiClient } from '../../auth/api-clients.js';
import { assertPartnerAllowed } from '../../auth/api-key.guard.js';

/**
 * A Middleware `client` (payment-link client, subscription client, charge client) is the partner slug
 * (docs/upstream-assumptions.md, "Middleware client = partner"), so an app's partner allow-list applies to it.
 */
export function assertClientAllowed(app: ApiClient, client: string): void {
  assertPartnerAllowed(app, client);
}

/**
 * The client a list or search may cover: the one asked for (if allowed); else, for an app restricted to a single
 * partner, that partner; else none (only when `required` is false).
 */
export function scopedClient(app: ApiClient, requested: string | undefined, field: string, required: boolean): string | undefined {
  if (requested !== undefined) {
    assertClientAllowed(app, requested);
    return requested;
  }
  if (app.partners?.size === 1) return [...app.partners][0];
  if (!required && !app.partners) return undefined;
  const message = `${field} is required${app.partners ? ' for an app allowed several partners' : ''}`;
  throw ProblemError.of(400, ProblemType.validation, 'Invalid request', message, { errors: [{ field, message }] });
}

function isNotFound(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'response' && error.status === 404;
}

/**
 * Writes addressed by a uid (revert, refund, rail payments, subscription changes) name no client: for an app
 * restricted to partners, the owning client is looked up first, so the app cannot touch another partner's objects.
 * Unrestricted apps skip the lookup.
 */
@Injectable()
export class ClientOwnership {
  constructor(private readonly middleware: MiddlewareClient) {}

  async paymentLink(app: ApiClient, uid: string): Promise<void> {
    if (app.partners) assertClientAllowed(app, (await this.middleware.getPaymentLink(uid)).client);
  }

  async alternativePayment(app: ApiClient, uid: string): Promise<void> {
    if (app.partners) assertClientAllowed(app, (await this.middleware.getAlternativePayment(uid)).client);
  }

  async subscription(app: ApiClient, subUid: string): Promise<void> {
    if (app.partners) assertClientAllowed(app, (await this.middleware.getSubscription(subUid)).client);
  }

  /** verify-card takes either kind of transaction uid. */
  async transaction(app: ApiClient, uid: string): Promise<void> {
    if (!app.partners) return;
    const link = await this.middleware.getPaymentLink(uid).catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    });
    assertClientAllowed(app, link ? link.client : (await this.middleware.getAlternativePayment(uid)).client);
  }
}
