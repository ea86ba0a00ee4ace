import { subscriptionWatchType } from './middleware-subscription/subscription.watch.js';
import type { WatchType } from './watch-type.js';
import { cardWatchType } from './wallet-card/card.watch.js';

/**
 * Every kind of object an app can watch: a new type is its folder under `watches/` and one entry here. The BFF refuses
 * to start when it cannot resolve a type's owner, the worker when a type has no watcher.
 */
export const WATCH_TYPES: readonly WatchType[] = [subscriptionWatchType, cardWatchType];

export const WATCH_TYPE_NAMES: readonly string[] = WATCH_TYPES.map((type) => type.type);

const BY_NAME = new Map(WATCH_TYPES.map((type) => [type.type, type]));

export function watchTypeOf(type: string): WatchType | undefined {
  return BY_NAME.get(type);
}
