import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { PaymentLinkCallbacks } from './payment-link-callbacks.js';
import { SimSettings } from '../../core/sim-settings.service.js';
import { toUnits } from '../../core/money.js';
import { SEED_PLANS, SEED_SUBSCRIPTIONS } from '../../state/demo-world.js';
import { supportsRefund } from '../card-payments/card-processors.js';
import { outcomeByCents } from '../shared/amounts.js';
import { findClient, MiddlewareClient } from '../shared/clients.js';
import { mwErrors } from '../shared/mw-errors.js';
import { TrackedTimers } from '../../core/tracked-timers.js';
import { transactionUid } from '../shared/transaction-ids.js';
import { FRAUD_DECLINE_CODE, PaymentAttempt } from '../suspensions/suspension.js';
import { SuspensionStore } from '../suspensions/suspension-store.js';
import { PaymentLink } from './payment-link.js';

export interface NewPaymentLink {
  client: MiddlewareClient;
  userId: string;
  channel: string;
  amountUnits: number;
  currency?: string;
  externalId?: string;
  ads?: unknown[];
  createdBy?: string;
}

export type TerminalLinkStatus = 'approved' | 'denied' | 'expired';

const CARD_DECLINED = 'card_declined';

/** What the checkout knows of the payer without card details: the link's `userId`, when it is an e-mail or a phone. */
function payerOf(userId: string): PaymentAttempt {
  if (userId.includes('@')) return { email: userId };
  if (/^\+?[\d\s()-]{6,20}$/.test(userId)) return { phone: userId };
  return {};
}

const DAY_MS = 86_400_000;

/**
 * Payment links. A new link is `created`; after `paymentLinkSettleMs` the simulated customer finishes the hosted
 * checkout and it ends `approved`, `denied` or `expired` by the amount's cents (shared/amounts.ts), unless a block
 * entry of the link's client matches the payer (then `denied`, `suspended_by_fraud_rule`). The control plane's
 * checkout pays it at once with the card and payer details a test gives.
 */
@Injectable()
export class PaymentLinkStore implements Resettable, OnModuleDestroy {
  private links = new Map<string, PaymentLink>();
  private references = new Map<string, number>();
  private readonly settleTimers = new Map<string, NodeJS.Timeout>();
  private readonly timers = new TrackedTimers();

  constructor(
    registry: ResetRegistry,
    private readonly settings: SimSettings,
    private readonly suspensions: SuspensionStore,
    private readonly callbacks: PaymentLinkCallbacks,
  ) {
    registry.register(this);
  }

  create(input: NewPaymentLink): PaymentLink {
    if (input.externalId !== undefined && this.all().some((l) => l.client === input.client.slug && l.externalId === input.externalId)) {
      throw mwErrors.externalIdExists();
    }
    const now = new Date().toISOString();
    const link: PaymentLink = {
      kind: 'payment-link',
      uid: transactionUid(),
      reference: this.nextReference(input.client.slug),
      externalId: input.externalId,
      client: input.client.slug,
      userId: input.userId,
      channel: input.channel,
      amountUnits: input.amountUnits,
      currency: input.currency ?? input.client.currency,
      ads: input.ads ?? [],
      createdBy: input.createdBy,
      status: 'created',
      processor: null,
      refundedUnits: 0,
      pendingRefundUnits: 0,
      pendingRevert: false,
      createdAt: now,
      updatedAt: now,
    };
    this.links.set(link.uid, link);
    const timer = this.timers.schedule(this.settings.current.paymentLinkSettleMs, () => {
      this.settleTimers.delete(link.uid);
      this.attempt(link, payerOf(link.userId));
    });
    this.settleTimers.set(link.uid, timer);
    return link;
  }

  find(uid: string): PaymentLink | undefined {
    return this.links.get(uid);
  }

  get(uid: string): PaymentLink {
    const link = this.links.get(uid);
    if (!link) throw mwErrors.transactionNotFound();
    return link;
  }

  all(): PaymentLink[] {
    return [...this.links.values()];
  }

  /** Ends a `created` link now (the control plane's outcome route); anything else is 409 / 4020. */
  forceOutcome(uid: string, status: TerminalLinkStatus): PaymentLink {
    const link = this.get(uid);
    if (link.status !== 'created') throw mwErrors.notEligible(`Transaction is already ${link.status}.`);
    this.cancelSettleTimer(uid);
    this.settle(link, status);
    return link;
  }

  /**
   * The customer pays a `created` link now with this card and these payer details (the control plane's checkout):
   * screened against the client's fraud lists, then decided by the amount's cents. Anything else is 409 / 4020.
   */
  checkout(uid: string, attempt: PaymentAttempt): PaymentLink {
    const link = this.get(uid);
    if (link.status !== 'created') throw mwErrors.notEligible(`Transaction is already ${link.status}.`);
    this.cancelSettleTimer(uid);
    const given = Object.fromEntries(Object.entries(attempt).filter(([, value]) => value !== undefined));
    this.attempt(link, { ...payerOf(link.userId), ...given });
    return link;
  }

  /**
   * Voids an approved link that has not been refunded. With `refundSettleMs`, Migo answers the link as it was and the
   * revert shows on it later (nothing else can be reverted or refunded meanwhile).
   */
  revert(uid: string, processor: string): PaymentLink {
    const link = this.get(uid);
    if (link.status !== 'approved' || link.refundedUnits > 0 || link.pendingRefundUnits > 0 || link.pendingRevert) {
      throw mwErrors.notEligible(`A ${link.status} transaction cannot be reverted.`);
    }
    this.checkProcessor(link, processor);
    const answer = { ...link };
    link.pendingRevert = true;
    this.later(() => {
      link.pendingRevert = false;
      this.touch(link, 'reverted');
    });
    return this.settings.current.refundSettleMs > 0 ? answer : link;
  }

  /**
   * Refunds all of what is left, or `amountUnits` of it; several partial refunds are allowed. With `refundSettleMs`,
   * Migo answers the link as it was and the refund shows on it later (pending refunds count against what is left).
   */
  refund(uid: string, processor: string, amountUnits?: number): PaymentLink {
    const link = this.get(uid);
    const remaining = link.amountUnits - link.refundedUnits - link.pendingRefundUnits;
    if ((link.status !== 'approved' && link.status !== 'refunded') || link.pendingRevert || remaining <= 0) {
      throw mwErrors.notEligible(`A ${link.status} transaction cannot be refunded.`);
    }
    this.checkProcessor(link, processor);
    if (!supportsRefund(processor)) throw mwErrors.refundNotSupported(processor);
    const units = amountUnits ?? remaining;
    if (units > remaining) throw mwErrors.invalid('amount exceeds the refundable amount.');
    const answer = { ...link };
    link.pendingRefundUnits += units;
    this.later(() => {
      link.pendingRefundUnits -= units;
      link.refundedUnits += units;
      this.touch(link, 'refunded');
    });
    return this.settings.current.refundSettleMs > 0 ? answer : link;
  }

  /** Applies a refund or revert now (the default) or after `refundSettleMs`. */
  private later(apply: () => void): void {
    const delayMs = this.settings.current.refundSettleMs;
    if (delayMs > 0) this.timers.schedule(delayMs, apply);
    else apply();
  }

  reset(): void {
    this.timers.clear();
    this.settleTimers.clear();
    this.links = new Map();
    this.references = new Map();
    this.seed();
  }

  onModuleDestroy(): void {
    this.timers.clear();
  }

  private checkProcessor(link: PaymentLink, processor: string): void {
    if (processor !== link.processor) throw mwErrors.invalid(`processor must be the one that charged the transaction (${link.processor}).`);
  }

  private cancelSettleTimer(uid: string): void {
    this.timers.cancel(this.settleTimers.get(uid));
    this.settleTimers.delete(uid);
  }

  private attempt(link: PaymentLink, attempt: PaymentAttempt): void {
    if (this.suspensions.blockFor(link.client, attempt)) this.settle(link, 'denied', FRAUD_DECLINE_CODE);
    else this.settle(link, outcomeByCents(link.amountUnits));
  }

  private settle(link: PaymentLink, status: TerminalLinkStatus, declineCode = CARD_DECLINED): void {
    if (link.status !== 'created') return;
    if (status === 'denied') link.declineCode = declineCode;
    if (status === 'approved') {
      link.processor = findClient(link.client)?.cardProcessor ?? null;
      link.paidAt = new Date().toISOString();
    }
    this.touch(link, status);
    this.callbacks.terminal(link);
  }

  private touch(link: PaymentLink, status: PaymentLink['status']): void {
    link.status = status;
    link.updatedAt = new Date().toISOString();
  }

  /** `ACME000001SB`: the client slug in capitals, a 6-digit sequence per client, `SB` for sandbox. */
  private nextReference(client: string): string {
    const next = (this.references.get(client) ?? 0) + 1;
    this.references.set(client, next);
    return `${client.toUpperCase()}${String(next).padStart(6, '0')}SB`;
  }

  /** The approved link each seeded subscription was verified against, paid ~65 days ago. */
  private seed(): void {
    const paidAt = Date.now() - 65 * DAY_MS;
    SEED_SUBSCRIPTIONS.forEach((sub, i) => {
      const plan = SEED_PLANS.find((p) => p.planUid === sub.planUid)!;
      const at = new Date(paidAt + i * 60_000).toISOString();
      const link: PaymentLink = {
        kind: 'payment-link',
        uid: seededLinkUid(i),
        reference: this.nextReference(sub.client),
        client: sub.client,
        userId: sub.userId,
        channel: 'web',
        amountUnits: toUnits(plan.amount)!,
        currency: plan.currency,
        ads: [],
        status: 'approved',
        processor: findClient(sub.client)?.cardProcessor ?? null,
        refundedUnits: 0,
      pendingRefundUnits: 0,
      pendingRevert: false,
        createdAt: at,
        updatedAt: at,
        paidAt: at,
      };
      this.links.set(link.uid, link);
    });
  }
}

/** Deterministic uids of the seeded links: `trx_5eed00000001`… (index 0-based). */
export function seededLinkUid(index: number): string {
  return `trx_5eed${String(index + 1).padStart(8, '0')}`;
}
