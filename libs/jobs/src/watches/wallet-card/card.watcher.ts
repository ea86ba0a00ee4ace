import type { Watcher, WatchObject } from '../watch-type.js';

/** Card statuses a card never leaves (docs/upstream-assumptions.md, "Watches"); `blocked` can be undone. */
export const CARD_END_STATUSES: ReadonlySet<string> = new Set(['cancelled', 'canceled', 'closed']);

function cardIdOf(object: WatchObject): number {
  if (object.kind !== 'wallet-card') throw new Error(`A card watch on a ${object.kind}`);
  return object.cardId;
}

/** A Wallet card's status: each change is one event; a status a card never leaves ends the watch. */
export const cardWatcher: Watcher = {
  async baseline({ wallet }, object) {
    const card = await wallet.cards.card(cardIdOf(object));
    const partnerId = card.userId === null ? null : ((await wallet.users.user(card.userId)).partnerId ?? null);
    return { partnerId, cursor: { status: card.status } };
  },

  async poll({ wallet }, object, cursor) {
    const card = await wallet.cards.card(cardIdOf(object));
    const changes = card.status === cursor.status ? [] : [{ kind: 'status-changed', from: cursor.status, to: card.status }];
    return { changes, cursor: { status: card.status }, ...(CARD_END_STATUSES.has(card.status) ? { ended: `card ${card.status}` } : {}) };
  },
};
