import { invalidJobRequest } from '../../kinds/invalid-request.js';
import type { WatchType } from '../watch-type.js';
import { cardWatcher } from './card.watcher.js';

/** A Wallet card: its status changes (blocked by the holder, by fraud rules, cancelled) reach the app. */
export const cardWatchType: WatchType = {
  type: 'wallet.card',
  upstream: 'wallet',
  owner: 'wallet-card',
  objectOf(upstreamId) {
    const cardId = /^[1-9]\d{0,15}$/.test(upstreamId) ? Number(upstreamId) : NaN;
    if (!Number.isSafeInteger(cardId)) throw invalidJobRequest('upstreamId must be a card id (a positive integer)');
    return { kind: 'wallet-card', cardId };
  },
  watcher: cardWatcher,
};
