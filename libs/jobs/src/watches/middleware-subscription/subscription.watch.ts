import { invalidJobRequest } from '../../kinds/invalid-request.js';
import type { WatchType } from '../watch-type.js';
import { subscriptionWatcher } from './subscription.watcher.js';

const SUB_UID = /^[A-Za-z0-9_-]{1,128}$/;

/** A Middleware subscription: Migo renews it on its own schedule; the watch ends when it stops being renewed. */
export const subscriptionWatchType: WatchType = {
  type: 'middleware.subscription',
  upstream: 'middleware',
  owner: 'subscription',
  objectOf(upstreamId) {
    if (!SUB_UID.test(upstreamId)) throw invalidJobRequest('upstreamId must be a subscription uid');
    return { kind: 'subscription', subUid: upstreamId };
  },
  watcher: subscriptionWatcher,
};
