import { IdempotencyStore, idempotencyKeyHash, KeyRecord, StoredOutcome, UNRECONCILABLE, WriteIntent } from '#common';
import { testRedis, TestRedis } from '#test-support';
import { WorkerMetrics } from '../observability/worker-metrics.js';
import { KeyReconciler } from './key-reconciler.js';
import type { KeyedWriteOutcomes } from './keyed-write-outcomes.js';

const SETTINGS = { retentionMs: 24 * 3_600_000, leaseMs: 1000, settleMs: 60_000, sweepMs: 1000 };
const transfer: WriteIntent = { fingerprint: 'fp', kind: 'wallet.card-transfer', reference: 'bff_aaaaaaaaaaaaaaaaaaaaaaaa', hints: { cardId: 5001 } };
const created: StoredOutcome = { status: 201, headers: {}, body: { id: 9 } };

/** What the reconciler decides for an unknown key, with Migo's answer played by a fake lookup. */
describe('KeyReconciler', () => {
  let redis: TestRedis;
  let store: IdempotencyStore;
  let found: StoredOutcome | undefined | Error;
  let scope: string;
  const outcomes = {
    reconcilable: (record: KeyRecord) => record.kind !== UNRECONCILABLE,
    find: async () => {
      if (found instanceof Error) throw found;
      return found;
    },
  } as unknown as KeyedWriteOutcomes;
  let reconciler: KeyReconciler;

  beforeAll(() => {
    redis = testRedis('key-reconciler');
    store = new IdempotencyStore(redis.connect(), redis.keys, SETTINGS, 'bff-instance');
    reconciler = new KeyReconciler(store, outcomes, new WorkerMetrics());
  });
  afterAll(() => redis.cleanup());
  beforeEach(() => {
    scope = `app-${Math.random().toString(36).slice(2, 8)}`;
    found = undefined;
  });

  /** A key whose attempt (started `ageMs` ago) got no answer from Migo. */
  async function unknownKey(intent = transfer, ageMs = 0) {
    const key = `key-${Math.random()}`;
    const aged = new IdempotencyStore(redis.connect(), redis.keys, SETTINGS, 'bff-instance', () => Date.now() - ageMs);
    const begun = await aged.begin(scope, key, intent);
    if (begun.kind !== 'started') throw new Error(begun.kind);
    await aged.markUnknown(scope, begun.keyHash, begun.attempt, intent, 'upstream-unanswered');
    return { key, job: { app: scope, keyHash: begun.keyHash, kind: intent.kind, reference: intent.reference, fingerprint: intent.fingerprint } };
  }

  it('replays the write Migo shows', async () => {
    const { key, job } = await unknownKey();
    found = created;
    expect(await reconciler.reconcile(job)).toBe('found');
    expect(await store.begin(scope, key, transfer)).toEqual({ kind: 'replay', outcome: created });
  });

  it('looks again later while the attempt could still land, and releases the key once it cannot', async () => {
    const recent = await unknownKey();
    expect(await reconciler.reconcile(recent.job)).toBe('pending');
    expect(await store.begin(scope, recent.key, transfer)).toMatchObject({ kind: 'unknown' });

    const old = await unknownKey(transfer, SETTINGS.settleMs + 1);
    expect(await reconciler.reconcile(old.job)).toBe('released');
    expect(await store.begin(scope, old.key, transfer)).toMatchObject({ kind: 'started', released: true, attempt: 2 });
  });

  it('after Redis lost the records, releases a key Migo does not show once the loss (not the key) is settled', async () => {
    const longAgo = Date.now() - SETTINGS.settleMs - 1;
    const then = new IdempotencyStore(redis.connect(), redis.keys, SETTINGS, 'bff-then', () => longAgo);
    await then.begin(scope, 'used-before-the-loss', transfer);
    const admin = redis.connect();
    await admin.del(...(await admin.keys(`${redis.prefix}:idem:{${scope}}:*`)));
    expect(await then.begin(scope, 'noticed-the-loss', transfer)).toMatchObject({ kind: 'unknown', cause: 'records-lost' });
    // Now, a key the app never used before: it may have been, so it waits for one look at Migo, not a settle period.
    const fresh = await store.begin(scope, 'new-key', transfer);
    expect(fresh).toMatchObject({ kind: 'unknown', cause: 'records-lost' });
    const record = (await store.inspect(scope, idempotencyKeyHash('new-key')))!;
    expect(record.startedAt).toBeGreaterThan(Date.now() - 5000);
    expect(record.lostAt).toBe(longAgo);
    const job = { app: scope, keyHash: record.keyHash, kind: record.kind, reference: record.reference, fingerprint: record.fingerprint };
    expect(await reconciler.reconcile(job)).toBe('released');
  });

  it('keeps the key unknown when Migo cannot be asked, and asks again later', async () => {
    const { key, job } = await unknownKey(transfer, SETTINGS.settleMs + 1);
    found = new Error('Could not reach wallet');
    expect(await reconciler.reconcile(job)).toBe('lookup-failed');
    expect(await store.begin(scope, key, transfer)).toMatchObject({ kind: 'unknown' });
    expect(await store.dueUnknown(scope, 1000)).toEqual([]); // held back for the retry delay
  });

  it('leaves a write Migo cannot be asked about blocked, and stops looking at it', async () => {
    const { key, job } = await unknownKey({ fingerprint: 'fp', kind: UNRECONCILABLE, reference: '' }, SETTINGS.settleMs + 1);
    expect(await reconciler.reconcile(job)).toBe('unreconcilable');
    expect(await store.begin(scope, key, { fingerprint: 'fp', kind: UNRECONCILABLE, reference: '' })).toMatchObject({ kind: 'unknown' });
    expect(await store.dueUnknown(scope, 1000)).toEqual([]);
  });

  it('does nothing for a key that is no longer unknown', async () => {
    const { job } = await unknownKey();
    found = created;
    await reconciler.reconcile(job);
    found = undefined;
    expect(await reconciler.reconcile(job)).toBe('moot');
  });
});
