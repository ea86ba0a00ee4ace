import { Injectable } from '@nestjs/common';
import { AccessRefused, redactText, runWithPurpose } from '#common';
import type { ApiClient } from '../auth/api-clients.js';
import { invalidField, isBodyTarget, ObjectRef, parseRefValue, rawRefValues, refField, RefValue } from './object-refs.js';
import { JobOwners } from './resolvers/job-owners.js';
import { MiddlewareOwners } from './resolvers/middleware-owners.js';
import { Owners, ownedBy, ownersAllow } from './resolvers/owners.js';
import { WalletOwners } from './resolvers/wallet-owners.js';
import { WatchOwners } from './resolvers/watch-owners.js';

type RequestParts = { params?: unknown; query?: unknown; body?: unknown; resolvedPartners?: string[] };

const OBJECT_NAMES: Record<ObjectRef['kind'], string> = {
  partner: 'partner',
  'wallet-user': 'user',
  'wallet-card': 'card',
  'wallet-transfer': 'transfer',
  'wallet-settlement': 'settlement',
  'payment-link': 'payment link',
  'alternative-payment': 'alternative payment',
  subscription: 'subscription',
  'middleware-transaction': 'transaction',
  job: 'job',
  'job-target': 'upstream work',
  watch: 'watch',
  'watch-target': 'object to watch',
};

function describe(ref: ObjectRef, value: RefValue): string {
  return isBodyTarget(ref.kind) ? OBJECT_NAMES[ref.kind] : `${OBJECT_NAMES[ref.kind]} ${String(value)}`;
}

/**
 * Enforces `@PartnerOf` declarations for apps limited to some partners: reads each referenced object from the request,
 * checks its shape by the same rules as the route's validation (400), looks its owner up and refuses the request unless
 * every named object is of one of the app's partners. Refusals never say whose the object is. Owner lookups run as
 * access lookups: support records keep them apart from what the app asked for.
 */
@Injectable()
export class PartnerAccess {
  constructor(
    private readonly wallet: WalletOwners,
    private readonly middleware: MiddlewareOwners,
    private readonly jobs: JobOwners,
    private readonly watches: WatchOwners,
  ) {}

  async enforce(app: ApiClient, refs: readonly ObjectRef[], request: RequestParts): Promise<void> {
    const allowed = app.partners;
    if (!allowed) {
      // Open to every partner: nothing to look up, and shapes are left to the route's validation, which applies the same
      // rules (http/ids.ts) and reports every field at once. Only a list that must be scoped to one partner needs it named.
      for (const ref of refs) if (ref.absent === 'app-partner' && rawRefValues(ref, request).length === 0) this.fillAbsent(app, ref, request);
      return;
    }
    const named: Array<[ObjectRef, RefValue]> = [];
    for (const ref of refs) {
      const raw = rawRefValues(ref, request);
      if (raw.length === 0) this.fillAbsent(app, ref, request);
      else for (const value of raw) named.push([ref, parseRefValue(ref, value)]);
    }
    if (named.length === 0) return;
    const owners = await runWithPurpose('access-lookup', () => Promise.all(named.map(([ref, value]) => this.owners(app, ref, value))));
    owners.forEach((owner, i) => {
      if (!ownersAllow(owner, allowed)) throw this.refusal(app, ...named[i]);
    });
    request.resolvedPartners = [...new Set(owners.flatMap((owner) => owner.partners.filter((partner): partner is string => partner !== null && allowed.has(partner))))];
  }

  private owners(app: ApiClient, ref: ObjectRef, value: RefValue): Promise<Owners> {
    switch (ref.kind) {
      case 'partner':
        return Promise.resolve(ownedBy(value as string));
      case 'wallet-user':
        return this.wallet.user(value as number);
      case 'wallet-card':
        return this.wallet.card(value as number);
      case 'wallet-transfer':
        return this.wallet.transfer(value as number);
      case 'wallet-settlement':
        return this.wallet.settlement(value as string);
      case 'payment-link':
        return this.middleware.paymentLink(value as string);
      case 'alternative-payment':
        return this.middleware.alternativePayment(value as string);
      case 'subscription':
        return this.middleware.subscription(value as string);
      case 'middleware-transaction':
        return this.middleware.transaction(value as string);
      case 'job':
        return this.jobs.job(app.name, value as string);
      case 'job-target': {
        const { type, upstreamId, partnerId } = value as { type: unknown; upstreamId: unknown; partnerId: unknown };
        return this.jobs.target(type, upstreamId, partnerId);
      }
      case 'watch':
        return this.watches.watch(app.name, value as string);
      case 'watch-target': {
        const { type, upstreamId } = value as { type: unknown; upstreamId: unknown };
        return this.watches.target(type, upstreamId);
      }
    }
  }

  private fillAbsent(app: ApiClient, ref: ObjectRef, request: RequestParts): void {
    const field = refField(ref);
    const onlyPartner = app.partners?.size === 1 ? [...app.partners][0] : undefined;
    if (ref.kind === 'partner' && ref.absent !== 'required' && onlyPartner !== undefined) {
      // A form field's default goes to the query, which the route reads when the form has no such field.
      const target = (ref.source === 'body' ? request.body : request.query) as Record<string, unknown> | undefined;
      if (target && typeof target === 'object') {
        target[ref.path] = onlyPartner;
        return;
      }
    }
    if (ref.absent === 'app-partner-or-any' && !app.partners) return;
    throw invalidField(field, `${field} is required${app.partners && ref.absent !== 'required' ? ' for an app allowed several partners' : ''}`);
  }

  private refusal(app: ApiClient, ref: ObjectRef, value: RefValue): AccessRefused {
    // The value is the caller's, echoed back: a card number typed into a partner or id field must not come back.
    if (ref.refusal === 'not-found') return AccessRefused.notFound(redactText(`No ${describe(ref, value)}`));
    const detail = ref.kind === 'partner' ? `App "${app.name}" may not act for partner "${String(value)}"` : `App "${app.name}" may not act on ${describe(ref, value)}: it is not of a partner of this app`;
    return AccessRefused.forbidden(redactText(detail));
  }
}
