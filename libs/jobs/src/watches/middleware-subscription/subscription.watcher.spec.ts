import type { PaymentHistoryEntry } from '#middleware';
import type { JobKindClients } from '../../kinds/job-kind.js';
import { subscriptionWatcher } from './subscription.watcher.js';

/** A Middleware client that answers from in-memory state (newest first, as Migo lists payment history). */
function fakeMiddleware(state: { status: string; history: PaymentHistoryEntry[] }): JobKindClients {
  return {
    middleware: {
      subscriptions: { getSubscription: async () => ({ subUid: 'sub_1', client: 'acme', status: state.status }) },
      charges: { paymentHistory: async () => [...state.history].reverse() },
    },
  } as unknown as JobKindClients;
}

const entry = (uid: string, createdAt: string, status = 'approved'): PaymentHistoryEntry => ({ uid, subscriptionId: 'sub_1', amount: 10, currency: 'GTQ', status, createdAt });
const OBJECT = { kind: 'subscription', subUid: 'sub_1' } as const;

describe('subscriptionWatcher', () => {
  it('reports each new entry once, oldest first, including entries sharing the newest timestamp, then the status change', async () => {
    const state = { status: 'active', history: [entry('trx_old', '2026-01-01T00:00:00.000Z')] };
    const clients = fakeMiddleware(state);
    const { cursor: baseline, partnerId } = await subscriptionWatcher.baseline(clients, OBJECT);
    expect(partnerId).toBe('acme');

    state.history.push(entry('trx_a', '2026-02-01T00:00:00.000Z'));
    const first = await subscriptionWatcher.poll(clients, OBJECT, baseline);
    expect(first.changes.map((change) => (change.entry as { uid: string }).uid)).toEqual(['trx_a']);

    // A second entry at the same instant as the last one seen, then a decline and the move to inactive.
    state.history.push(entry('trx_b', '2026-02-01T00:00:00.000Z', 'denied'), entry('trx_c', '2026-03-01T00:00:00.000Z', 'denied'));
    state.status = 'inactive';
    const second = await subscriptionWatcher.poll(clients, OBJECT, first.cursor);
    expect(second.changes.map((change) => change.kind)).toEqual(['renewal-declined', 'renewal-declined', 'status-changed']);
    expect(second.changes.slice(0, 2).map((change) => (change.entry as { uid: string }).uid)).toEqual(['trx_b', 'trx_c']);
    expect(second.ended).toBe('subscription inactive');

    const third = await subscriptionWatcher.poll(clients, OBJECT, second.cursor);
    expect(third.changes).toEqual([]);
  });
});
