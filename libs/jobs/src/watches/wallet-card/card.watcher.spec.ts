import type { JobKindClients } from '../../kinds/job-kind.js';
import { cardWatcher } from './card.watcher.js';

/** A Wallet client answering from in-memory state. */
function fakeWallet(state: { status: string }): JobKindClients {
  return {
    wallet: {
      cards: { card: async (cardId: number) => ({ cardId, userId: 101, status: state.status }) },
      users: { user: async () => ({ partnerId: 'acme' }) },
    },
  } as unknown as JobKindClients;
}

const OBJECT = { kind: 'wallet-card', cardId: 5001 } as const;

describe('cardWatcher', () => {
  it("reports each status change once, keeps watching a blocked card (it can be unblocked), and ends on a card's final status", async () => {
    const state = { status: 'active' };
    const clients = fakeWallet(state);
    const { cursor, partnerId } = await cardWatcher.baseline(clients, OBJECT);
    expect(partnerId).toBe('acme');
    expect((await cardWatcher.poll(clients, OBJECT, cursor)).changes).toEqual([]);

    state.status = 'blocked';
    const blocked = await cardWatcher.poll(clients, OBJECT, cursor);
    expect([blocked.changes, blocked.ended]).toEqual([[{ kind: 'status-changed', from: 'active', to: 'blocked' }], undefined]);
    expect((await cardWatcher.poll(clients, OBJECT, blocked.cursor)).changes).toEqual([]);

    state.status = 'cancelled';
    const cancelled = await cardWatcher.poll(clients, OBJECT, blocked.cursor);
    expect([cancelled.changes, cancelled.ended]).toEqual([[{ kind: 'status-changed', from: 'blocked', to: 'cancelled' }], 'card cancelled']);
  });
});
