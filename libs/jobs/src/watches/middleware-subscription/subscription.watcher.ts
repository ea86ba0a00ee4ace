import type { PaymentHistoryEntry } from '#middleware';
import type { JobKindClients } from '../../kinds/job-kind.js';
import type { WatchChange, WatchCursor, Watcher, WatchObject, WatchPoll } from '../watch-type.js';

/** Statuses after which Migo no longer renews a subscription (docs/upstream-assumptions.md, "Watches"). */
export const SUBSCRIPTION_END_STATUSES: ReadonlySet<string> = new Set(['inactive', 'cancelled', 'expired']);

/**
 * The payment-history entries announced so far (the newest entry's time and every uid at that time), the status last
 * seen, and which of the two reads the next poll makes.
 */
interface SubscriptionCursor extends WatchCursor {
  status: string;
  lastAt: string;
  uidsAtLast: string[];
  next?: 'history' | 'detail';
}

function subUidOf(object: WatchObject): string {
  if (object.kind !== 'subscription') throw new Error(`A subscription watch on a ${object.kind}`);
  return object.subUid;
}

/** Oldest first: Migo lists newest first, so entries of the same instant keep Migo's order, reversed. */
function chronological(history: readonly PaymentHistoryEntry[]): PaymentHistoryEntry[] {
  return history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.createdAt.localeCompare(b.entry.createdAt) || b.index - a.index)
    .map(({ entry }) => entry);
}

function cursorAfter(status: string, history: readonly PaymentHistoryEntry[], previous: SubscriptionCursor | undefined, next: SubscriptionCursor['next']): SubscriptionCursor {
  const newest = history.reduce<string | null>((max, entry) => (max === null || entry.createdAt > max ? entry.createdAt : max), null);
  if (newest === null) return { status, lastAt: previous?.lastAt ?? '', uidsAtLast: previous?.uidsAtLast ?? [], next };
  const uids = history.filter((entry) => entry.createdAt === newest).map((entry) => entry.uid);
  const carried = previous && previous.lastAt === newest ? previous.uidsAtLast : [];
  return { status, lastAt: newest, uidsAtLast: [...new Set([...carried, ...uids])], next };
}

/** History entries not announced yet, oldest first. */
function freshEntries(history: readonly PaymentHistoryEntry[], cursor: SubscriptionCursor): PaymentHistoryEntry[] {
  return chronological(history).filter((entry) => entry.createdAt > cursor.lastAt || (entry.createdAt === cursor.lastAt && !cursor.uidsAtLast.includes(entry.uid)));
}

/** A renewal (Migo's scheduled charge, or an entry without a source) or another charge, approved or declined. */
function chargeChange(entry: PaymentHistoryEntry): WatchChange {
  const renewal = !entry.source || entry.source.type === 'scheduled';
  const approved = entry.status === 'approved';
  const kind = renewal ? (approved ? 'renewal-charged' : 'renewal-declined') : approved ? 'charge-approved' : 'charge-declined';
  const { uid, amount, currency, status, reason, createdAt, source } = entry;
  return { kind, entry: { uid, amount, currency, status, ...(reason ? { reason } : {}), createdAt, ...(source ? { source } : {}) } };
}

/**
 * A subscription's renewals and status, from its payment history and its detail, read on alternate polls so each poll
 * is one upstream call within the shared poll budget: each new history entry is one change (oldest first). When the
 * detail shows another status, the history is read in that same poll first (the one poll that makes two calls: a
 * status change is rare), so the charges that led to it come before it; a status Migo no longer renews from ends
 * the watch.
 */
export const subscriptionWatcher: Watcher = {
  readsPerCycle: 2,

  async baseline({ middleware }, object) {
    const subUid = subUidOf(object);
    const subscription = await middleware.subscriptions.getSubscription(subUid);
    const history = await middleware.charges.paymentHistory({ subscriptionId: subUid });
    return { partnerId: subscription.client, cursor: cursorAfter(subscription.status, history, undefined, 'history') };
  },

  async poll({ middleware }, object, stored, options): Promise<WatchPoll> {
    const subUid = subUidOf(object);
    const cursor = stored as SubscriptionCursor;
    // A subscription callback follows a renewal: the history shows it first (the detail is read on the next poll).
    if (options?.hinted || (cursor.next ?? 'history') === 'history') {
      const history = await middleware.charges.paymentHistory({ subscriptionId: subUid });
      return { changes: freshEntries(history, cursor).map(chargeChange), cursor: cursorAfter(cursor.status, history, cursor, 'detail') };
    }
    const subscription = await middleware.subscriptions.getSubscription(subUid);
    if (subscription.status === cursor.status) return { changes: [], cursor: { ...cursor, next: 'history' } };
    const history = await middleware.charges.paymentHistory({ subscriptionId: subUid });
    const changes: WatchChange[] = [...freshEntries(history, cursor).map(chargeChange), { kind: 'status-changed', from: cursor.status, to: subscription.status }];
    const ended = SUBSCRIPTION_END_STATUSES.has(subscription.status) ? `subscription ${subscription.status}` : undefined;
    return { changes, cursor: cursorAfter(subscription.status, history, cursor, 'history'), ...(ended ? { ended } : {}) };
  },
};
