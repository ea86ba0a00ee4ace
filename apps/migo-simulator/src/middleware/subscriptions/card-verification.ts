import { Injectable } from '@nestjs/common';
import { ApmStore } from '../alternative-payments/apm-store.js';
import { isCardProcessor } from '../card-payments/card-processors.js';
import { PaymentLinkStore } from '../payment-links/payment-link-store.js';
import { PlanStore } from '../plans/plan-store.js';
import { mwErrors } from '../shared/mw-errors.js';
import { brandOf, CardsOnFile } from './cards-on-file.js';
import type { CardInfoBody, VerifyCardBody } from './subscription.dto.js';
import { SubscriptionStore } from './subscription-store.js';

/** The simulator's test card that never verifies (like a processor's "declined" test PAN). */
export const DECLINED_LAST4 = '0002';

function last4Of(card: CardInfoBody): string {
  if (card.cardNumber) return card.cardNumber.slice(-4);
  if (card.token && card.last4) return card.last4;
  throw mwErrors.invalid('cardInfo needs cardNumber, or token with last4.');
}

function isExpired(card: CardInfoBody, now = new Date()): boolean {
  if (card.expirationMonth === undefined || card.expirationYear === undefined) return false;
  return card.expirationYear < now.getUTCFullYear() || (card.expirationYear === now.getUTCFullYear() && card.expirationMonth < now.getUTCMonth() + 1);
}

/**
 * verify-card: tokenize the card, pre-authorize it against the existing transaction and revert that authorization
 * (both simulated), then, when asked, create the subscription with this card as its default payment method.
 */
@Injectable()
export class CardVerification {
  constructor(
    private readonly links: PaymentLinkStore,
    private readonly apm: ApmStore,
    private readonly plans: PlanStore,
    private readonly cards: CardsOnFile,
    private readonly subscriptions: SubscriptionStore,
  ) {}

  verify(body: VerifyCardBody) {
    const tx = this.links.find(body.uid) ?? this.apm.find(body.uid);
    if (!tx) throw mwErrors.transactionNotFound();
    if (!isCardProcessor(body.processor)) throw mwErrors.invalid(`Unknown card processor ${body.processor}.`);
    const last4 = last4Of(body.cardInfo);
    const plan = body.shouldCreateSubscription ? this.planFor(tx.client, body) : undefined;
    if (isExpired(body.cardInfo)) throw mwErrors.cardExpired();
    if (last4 === DECLINED_LAST4) throw mwErrors.cardDeclined();

    const brand = body.cardInfo.brand ?? (body.cardInfo.cardNumber ? brandOf(body.cardInfo.cardNumber) : 'unknown');
    const card = this.cards.tokenize({ client: tx.client, userId: tx.userId, processor: body.processor, last4, brand });
    const result = { verified: true, card: { cardId: card.cardId, last4: card.last4, brand: card.brand } };
    if (!plan) return result;
    const method = this.cards.add({ client: tx.client, userId: tx.userId, cardId: card.cardId, processorId: body.processor });
    const notificationEmail = body.notificationEmail ?? (tx.userId.includes('@') ? tx.userId : null);
    const subscription = this.subscriptions.create({ plan, userId: tx.userId, trxUid: tx.uid, paymentMethodId: method.id, notificationEmail });
    return { ...result, subscription: this.subscriptions.view(subscription) };
  }

  private planFor(client: string, body: VerifyCardBody) {
    if (!body.planUid) throw mwErrors.invalid('planUid is required when shouldCreateSubscription is true.');
    const plan = this.plans.get(client, body.planUid);
    if (plan.methods.length > 0 && !plan.methods.includes(body.processor)) throw mwErrors.processorNotInPlan(body.processor);
    return plan;
  }
}
