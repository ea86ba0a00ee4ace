import { testRedis, TestRedis } from '#test-support';
import { IdempotencyStore, idempotencyKeyHash } from './idempotency.store.js';
import type { WriteIntent } from './idempotency-record.js';

const SETTINGS = { retentionMs: 24 * 3_600_000, leaseMs: 10_000, settleMs: 60_000, sweepMs: 1000 };
const intent = (fingerprint = 'fp-1'): WriteIntent => ({ fingerprint, kind: 'wallet.card-transfer', reference: 'bff_0123456789abcdef01234567', hints: { fromCardId: 5001 } });
const created = { status: 201, headers: {}, body: { id: 7, amount: 10 } };

describe('IdempotencyStore: the key state machine', () => {
  let redis: TestRedis;
  let clock: number;
  /** A BFF instance (its own connection, owner id and epoch memory) on the shared test clock. */
  const instance = (owner: string) => new IdempotencyStore(redis.connect(), redis.keys, SETTINGS, owner, () => clock);
  let a: IdempotencyStore;
  let b: IdempotencyStore;
  let key: string;
  let scope: string;

  beforeAll(() => {
    redis = testRedis('idempotency-store');
  });
  beforeEach(() => {
    clock = Date.now();
    a = instance('instance-a');
    b = instance('instance-b');
    key = `key-${Math.random()}`;
    scope = `app-${Math.random().toString(36).slice(2, 8)}`;
  });
  afterAll(() => redis.cleanup());

  const started = async (store: IdempotencyStore, app = scope) => {
    const begun = await store.begin(app, key, intent());
    if (begun.kind !== 'started') throw new Error(`expected started, got ${begun.kind}`);
    return begun;
  };

  it('started → done: a replay answers the outcome, a duplicate meanwhile is in flight, another body a mismatch', async () => {
    const begun = await started(a);
    expect(begun).toMatchObject({ attempt: 1, released: false, keyHash: idempotencyKeyHash(key) });
    expect(await b.begin(scope, key, intent())).toEqual({ kind: 'in-flight' });
    expect(await b.begin(scope, key, intent('fp-other'))).toEqual({ kind: 'mismatch' });
    await a.complete(scope, begun.keyHash, begun.attempt, intent(), created);
    expect(await b.begin(scope, key, intent())).toEqual({ kind: 'replay', outcome: created });
    expect(await b.begin(scope, key, intent('fp-other'))).toEqual({ kind: 'mismatch' });
  });

  it('keeps keys per app: the same key string of another app is independent', async () => {
    await started(a);
    expect((await b.begin('other-app', key, intent())).kind).toBe('started');
  });

  it('holds an in-flight key for the whole retention period, not 5 minutes (finding 1: the marker expired and the key ran again)', async () => {
    const begun = await started(a);
    const ttl = await redis.connect().pttl(`${redis.prefix}:idem:{${scope}}:${begun.keyHash}`);
    expect(ttl).toBeGreaterThan(SETTINGS.retentionMs - 60_000);
  });

  it('turns a key whose owner is gone (lease run out) into unknown, never into executable', async () => {
    await started(a);
    clock += SETTINGS.leaseMs - 1;
    expect(await b.begin(scope, key, intent())).toEqual({ kind: 'in-flight' });
    clock += 2;
    expect(await b.begin(scope, key, intent())).toEqual({ kind: 'unknown', cause: 'owner-gone', fresh: true });
    clock += 10 * 60_000;
    expect(await b.begin(scope, key, intent())).toEqual({ kind: 'unknown', cause: 'owner-gone', fresh: false });
    expect(await b.begin(scope, key, intent('fp-other'))).toEqual({ kind: 'mismatch' });
  });

  it('keeps a lease alive while its owner renews it; another owner or attempt cannot', async () => {
    const begun = await started(a);
    clock += SETTINGS.leaseMs - 100;
    expect(await a.renew(scope, begun.keyHash, begun.attempt)).toBe(true);
    expect(await b.renew(scope, begun.keyHash, begun.attempt)).toBe(false);
    expect(await a.renew(scope, begun.keyHash, begun.attempt + 1)).toBe(false);
    clock += 5000;
    expect(await b.begin(scope, key, intent())).toEqual({ kind: 'in-flight' });
  });

  it('lets the sweeper expire a lapsed lease and hand the key out once for reconciliation', async () => {
    const begun = await started(a);
    expect(await b.expireLapsedLeases(scope)).toBe(0);
    clock += SETTINGS.leaseMs + 1;
    expect(await b.expireLapsedLeases(scope)).toBe(1);
    expect(await b.inspect(scope, begun.keyHash)).toMatchObject({ state: 'unknown', cause: 'owner-gone', attempt: 1, kind: 'wallet.card-transfer', hints: { fromCardId: 5001 } });
    expect(await b.dueUnknown(scope, 30_000)).toEqual([begun.keyHash]);
    expect(await b.dueUnknown(scope, 30_000)).toEqual([]);
    clock += 30_001;
    expect(await b.dueUnknown(scope, 30_000)).toEqual([begun.keyHash]);
  });

  it('lets the owner complete after its lease lapsed (it knows what Migo answered)', async () => {
    const begun = await started(a);
    clock += SETTINGS.leaseMs + 1;
    expect((await b.begin(scope, key, intent())).kind).toBe('unknown');
    await a.complete(scope, begun.keyHash, begun.attempt, intent(), created);
    expect(await b.begin(scope, key, intent())).toEqual({ kind: 'replay', outcome: created });
    expect(await b.dueUnknown(scope, 30_000)).toEqual([]);
  });

  it('retries a completion into a record Redis lost meanwhile: the outcome is written again', async () => {
    const begun = await started(a);
    await redis.connect().del(`${redis.prefix}:idem:{${scope}}:${begun.keyHash}`);
    await a.complete(scope, begun.keyHash, begun.attempt, intent(), created);
    expect(await b.begin(scope, key, intent())).toEqual({ kind: 'replay', outcome: created });
  });

  it('unknown → done when the reconciler finds the write at Migo', async () => {
    const begun = await started(a);
    await a.markUnknown(scope, begun.keyHash, begun.attempt, intent(), 'upstream-unanswered');
    expect(await b.begin(scope, key, intent())).toEqual({ kind: 'unknown', cause: 'upstream-unanswered', fresh: false });
    const record = (await b.inspect(scope, begun.keyHash))!;
    expect(await b.resolveDone(scope, record, created)).toBe(true);
    expect(await b.begin(scope, key, intent())).toEqual({ kind: 'replay', outcome: created });
    expect(await b.resolveReleased(scope, record, 'late')).toBe(false);
  });

  it('unknown → released when Migo never acted: the next request runs as attempt 2 and says it was released', async () => {
    const begun = await started(a);
    await a.markUnknown(scope, begun.keyHash, begun.attempt, intent(), 'upstream-unanswered');
    const record = (await b.inspect(scope, begun.keyHash))!;
    expect(await b.resolveReleased(scope, record, 'not-at-migo')).toBe(true);
    expect(await b.inspect(scope, begun.keyHash)).toMatchObject({ state: 'released', releaseReason: 'not-at-migo' });
    expect(await b.begin(scope, key, intent('fp-other'))).toEqual({ kind: 'mismatch' });
    const again = await b.begin(scope, key, intent());
    expect(again).toMatchObject({ kind: 'started', attempt: 2, released: true });
    expect(await a.begin(scope, key, intent())).toEqual({ kind: 'in-flight' });
    // The first attempt's owner can no longer settle the key: it belongs to attempt 2.
    await a.complete(scope, begun.keyHash, 1, intent(), { status: 500, headers: {} });
    await b.complete(scope, begun.keyHash, 2, intent(), created);
    expect(await a.begin(scope, key, intent())).toEqual({ kind: 'replay', outcome: created });
  });

  it('forgets a key whose request never reached Migo, so it runs again as new', async () => {
    const begun = await started(a);
    await a.forget(scope, begun.keyHash, begun.attempt);
    expect(await b.begin(scope, key, intent())).toMatchObject({ kind: 'started', attempt: 1, released: false });
  });

  it('after Redis lost its data, a key with no record is unknown until the reconciler looked (it may have been done)', async () => {
    await started(a, 'lossy');
    // Redis comes back empty: every key of the app is gone, the epoch too.
    const admin = redis.connect();
    const keys = await admin.keys(`${redis.prefix}:idem:{lossy}:*`);
    await admin.del(...keys);
    const other = `other-${Math.random()}`;
    expect(await a.begin('lossy', other, intent())).toEqual({ kind: 'unknown', cause: 'records-lost', fresh: true });
    // Instance b never saw the old epoch, but the verification window is in Redis for everyone.
    expect(await b.begin('lossy', `third-${Math.random()}`, intent())).toMatchObject({ kind: 'unknown', cause: 'records-lost' });
  });

  it('honours records written before unknown-outcome existed', async () => {
    const admin = redis.connect();
    const hash = idempotencyKeyHash(key);
    await admin.set(`${redis.prefix}:idem:{${scope}}:${hash}`, JSON.stringify({ state: 'done', fingerprint: 'fp-1', completedAt: 1, ...created }));
    expect(await a.begin(scope, key, intent())).toEqual({ kind: 'replay', outcome: created });
    await admin.set(`${redis.prefix}:idem:{${scope}}:${hash}`, JSON.stringify({ state: 'in-flight', fingerprint: 'fp-1', startedAt: 1 }));
    expect(await a.begin(scope, key, intent())).toEqual({ kind: 'in-flight' });
    expect(await a.begin(scope, key, intent('fp-2'))).toEqual({ kind: 'mismatch' });
  });
});
