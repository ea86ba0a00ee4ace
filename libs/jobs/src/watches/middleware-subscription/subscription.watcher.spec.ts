import type { PaymentHistoryEntry } from '#middleware';
import type { JobKindClients } from '../../kinds/job-kind.js';
import { subscriptionWatcher } from './subscription.watcher.js';

/** A Middleware client that answers from in-memory state (newest first, as Migo lists payment history). */
function fakeMiddleware(state: { status: string; history: PaymentHistoryEntry[]; calls?: number }): JobKindClients {
  const called = () => (state.calls = (state.calls ?? 0) + 1);
  return {
    middleware: {
      subscriptions: { getSubscription: async () => (called(), { subUid: 'sub_1', client: 'acme', status: state.status }) },
      charges: { paymentHistory: async () => (called(), [...state.history].reverse()) },
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

  it('makes one upstream call per poll (history and detail in turn), two only on the poll that sees a status change', async () => {
    const state = { status: 'active', history: [] as PaymentHistoryEntry[], calls: 0 };
    const clients = fakeMiddleware(state);
    let { cursor } = await subscriptionWatcher.baseline(clients, OBJECT);
    const callsPerPoll: number[] = [];
    const kinds: string[] = [];
    for (let poll = 0; poll < 6; poll++) {
      if (poll === 1) state.history.push(entry('trx_renewal', '2026-02-01T00:00:00.000Z'));
      if (poll === 4) state.status = 'cancelled';
      state.calls = 0;
      const answer = await subscriptionWatcher.poll(clients, OBJECT, cursor);
      callsPerPoll.push(state.calls);
      kinds.push(...answer.changes.map((change) => change.kind));
      cursor = answer.cursor;
      if (answer.ended) break;
    }
    expect(subscriptionWatcher.readsPerCycle).toBe(2);
    expect(callsPerPoll).toEqual([1, 1, 1, 1, 1, 2]); // history, detail, history (the renewal), detail, history, detail sees cancelled
    expect(kinds).toEqual(['renewal-charged', 'status-changed']);
  });

  it('reads the history on a hinted poll (a callback follows a renewal) whatever read was next, still one call', async () => {
    const state = { status: 'active', history: [] as PaymentHistoryEntry[], calls: 0 };
    const clients = fakeMiddleware(state);
    const { cursor: baseline } = await subscriptionWatcher.baseline(clients, OBJECT);
    const first = await subscriptionWatcher.poll(clients, OBJECT, baseline); // history; the detail is next
    state.history.push(entry('trx_hinted', '2026-02-01T00:00:00.000Z'));
    state.calls = 0;
    const hinted = await subscriptionWatcher.poll(clients, OBJECT, first.cursor, { hinted: true });
    expect(state.calls).toBe(1);
    expect(hinted.changes.map((change) => (change.entry as { uid: string }).uid)).toEqual(['trx_hinted']);
    expect(hinted.cursor).toMatchObject({ next: 'detail' });
  });
});
