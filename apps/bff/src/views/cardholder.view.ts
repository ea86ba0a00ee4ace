import { Injectable } from '@nestjs/common';
import { CardholderDetail, CmsClient } from '#cms';
import { MiddlewareClient } from '#middleware';
import { WalletGatewayClient } from '#wallet-gateway';
import { CardholderIdentity, CardholderIdentityCache, sameIdentity } from './cardholder-identity.cache.js';
import { gather, Source } from './view-sources.js';
import type { CardWithMovements } from './views.schemas.js';


function currentMonth(now = new Date()): { month: number; year: number; label: string } {
  const month = now.getUTCMonth() + 1;
  return { month, year: now.getUTCFullYear(), label: `${now.getUTCFullYear()}-${String(month).padStart(2, '0')}` };
}

function identityOf(detail: CardholderDetail): CardholderIdentity {
  return { walletUserId: detail.walletUserId, email: detail.email, cardIds: [...detail.cardIds] };
}

/** A promise whose outcome is decided elsewhere (the CMS answer feeds the other sources on a cold call). */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * A cardholder's screen: the CMS record (primary), their Wallet cards with balances and this month's movements, and
 * their Middleware subscriptions (Migo links them by the cardholder's email as user id and the partner as client).
 *
 * The Wallet and Middleware need ids only the CMS knows. On a cold call they wait for it; afterwards the identity is
 * remembered, so all three surfaces are asked at once (the view costs its slowest surface, not the sum). The CMS
 * answer is still the truth: if the remembered identity turns out stale, the other surfaces are asked again.
 */
@Injectable()
export class CardholderView {
  constructor(
    private readonly cms: CmsClient,
    private readonly wallet: WalletGatewayClient,
    private readonly middleware: MiddlewareClient,
    private readonly identities: CardholderIdentityCache,
  ) {}

  async build(partnerId: string, cardholderId: number, budgetMs: number) {
    const month = currentMonth();
    // The CMS call does not wait for the identity lookup in Redis; the Wallet and Middleware sources do.
    const lookup = this.identities.get(partnerId, cardholderId).catch(() => undefined);
    const detail = deferred<CardholderDetail>();
    const identity = lookup.then((known) => known ?? detail.promise.then(identityOf));
    identity.catch(() => undefined);

    const cardholder: Source<CardholderDetail> = {
      name: 'cms',
      primary: true,
      run: (signal) => {
        const call = this.cms.cardholder(partnerId, cardholderId, undefined, { signal });
        call.then(detail.resolve, detail.reject);
        return call;
      },
    };
    let { reports, values, partial } = await gather([cardholder, ...this.secondarySources(partnerId, identity, month)], budgetMs);
    const remembered = await lookup;

    const fresh = identityOf(values.cms as CardholderDetail);
    if (remembered && (remembered.walletUserId !== fresh.walletUserId || remembered.email !== fresh.email)) {
      // The remembered identity was stale: what the Wallet and Middleware said belongs to someone else's ids.
      const again = await gather(this.secondarySources(partnerId, Promise.resolve(fresh), month), budgetMs);
      reports = { cms: reports.cms, ...again.reports };
      values = { cms: values.cms, ...again.values };
      partial = again.partial;
    }
    if (!remembered || !sameIdentity(remembered, fresh)) await this.identities.set(partnerId, cardholderId, fresh);

    const cards = (values.wallet as CardWithMovements[] | undefined) ?? null;
    const feedsMissing = (cards ?? []).filter((card) => card.movements === null).map((card) => card.cardId);
    if (feedsMissing.length > 0) {
      reports = { ...reports, walletMovements: { status: 'error', ms: reports.wallet.ms, error: `this month's movements of card(s) ${feedsMissing.join(', ')} could not be read` } };
      partial = true;
    }
    const { cards: _cmsCards, ...record } = values.cms as CardholderDetail;
    return {
      partnerId,
      cardholderId,
      month: month.label,
      cardholder: record,
      cards,
      subscriptions: values.middleware ?? null,
      partial,
      sources: reports,
    };
  }

  private secondarySources(partnerId: string, identity: Promise<CardholderIdentity>, month: { month: number; year: number }): Array<Source<unknown>> {
    return [
      { name: 'wallet', run: async (signal) => this.cardsWithMovements(await identity, month, signal) },
      { name: 'middleware', run: async (signal) => this.middleware.subscriptions.listSubscriptions({ userId: (await identity).email, clientId: partnerId }, { signal }) },
    ];
  }

  /**
   * The user's cards and each card's feed, asked together for the cards already known; a card that appeared since
   * costs one more round trip, a card that left is dropped. A feed that fails leaves that card's `movements` null.
   */
  private async cardsWithMovements(identity: CardholderIdentity, month: { month: number; year: number }, signal: AbortSignal): Promise<CardWithMovements[]> {
    const feed = (cardId: number) => this.wallet.money.monthlyTransfers(cardId, month.month, month.year, { signal }).then(
      (movements) => movements,
      () => null,
    );
    const feeds = new Map(identity.cardIds.map((cardId) => [cardId, feed(cardId)] as const));
    const cards = await this.wallet.cards.userCards(identity.walletUserId, { signal });
    for (const card of cards) if (!feeds.has(card.cardId)) feeds.set(card.cardId, feed(card.cardId));
    return Promise.all(cards.map(async (card) => ({ ...card, movements: await feeds.get(card.cardId)! })));
  }
}
