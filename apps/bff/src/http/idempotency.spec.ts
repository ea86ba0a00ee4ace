import { randomUUID } from 'node:crypto';
import { fingerprintOf, IdempotencyStore, idempotencyKeyHash, idempotencySettings, IdempotencyEnv, loadConfig, ProblemType, writeReference } from '#common';
import { CARD_TRANSFER } from '#wallet-gateway';
import { eventually, useBffStack } from '#test-support';

/** Short clocks so the reconciler's whole cycle fits in a test: lease 0.6 s, settle 1.5 s, sweeps every 0.1 s. */
const FAST = { IDEMPOTENCY_LEASE_MS: '600', IDEMPOTENCY_SETTLE_MS: '1500', IDEMPOTENCY_SWEEP_MS: '100', MIGO_TIMEOUT_MS: '700' };

/**
 * Keys whose first attempt may have reached Migo: never run again, 503 then 409 `upstream-outcome-unknown`, until the
 * worker's reconciler finds the write at Migo (replay) or finds Migo never acted (released: the next request runs).
 */
describe('Idempotency-Key: unknown outcomes, settled by the reconciler', () => {
  const stack = useBffStack('idempotency-unknown', { bffEnv: FAST, workerEnv: FAST });
  afterEach(() => stack.sim.call('DELETE', '/__sim/faults'));

  const body = (amount: number) => ({ fromCardId: 5001, toCardId: 5002, amount });
  const transfer = (key: string, payload: unknown, as: 'all' | 'acme' = 'all') => stack.bff.call('POST', '/v1/wallet/cards/transfer', { body: payload, headers: { 'idempotency-key': key }, as });
  const referenceOf = (app: string, key: string) => writeReference(app, idempotencyKeyHash(key));
  const writes = async (reference: string) => (await stack.sim.call('GET', `/__sim/writes?reference=${reference}`)).body;
  const slowTransfers = (latencyMs: number) => stack.sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'POST', path: '/cards/transfer', latencyMs, times: 1 } });
  /** Retries the key until the answer is no longer "unknown" (the reconciler settled it). */
  const settled = (key: string, payload: unknown) =>
    eventually(async () => {
      const answer = await transfer(key, payload);
      return answer.body?.type === ProblemType.upstreamOutcomeUnknown ? undefined : answer;
    }, 15000);

  it('finding 1: Migo applied the transfer after the BFF gave up → 503, then 409, then the transfer is replayed; never a second one', async () => {
    const key = randomUUID();
    await slowTransfers(1000); // the BFF times out at 700 ms; Migo applies it at 1 s
    const first = await transfer(key, body(11));
    expect(first.status).toBe(503);
    expect(first.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(first.headers.get('retry-after')).toBeTruthy();
    expect(first.body).toMatchObject({ type: ProblemType.upstreamOutcomeUnknown, status: 503, requestId: expect.any(String), upstream: { service: 'wallet' } });
    const retry = await transfer(key, body(11));
    expect(retry.status).toBe(409);
    expect(retry.body.type).toBe(ProblemType.upstreamOutcomeUnknown);
    expect((await transfer(key, body(12))).status).toBe(422);

    const replay = await settled(key, body(11));
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toMatchObject({ fromCardId: 5001, toCardId: 5002, amount: 11, observations: `[${referenceOf('all', key)}]` });
    expect((await writes(referenceOf('all', key))).transfers).toHaveLength(1);
  });

  it('releases a key Migo provably never acted on (a 502 from its edge); the next request runs as new and says so', async () => {
    const key = randomUUID();
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'POST', path: '/cards/transfer', status: 502, times: 1 } });
    const first = await transfer(key, body(13));
    expect(first.status).toBe(503);
    expect(first.body.type).toBe(ProblemType.upstreamOutcomeUnknown);
    expect((await transfer(key, body(13))).status).toBe(409);

    const rerun = await settled(key, body(13));
    expect(rerun.status).toBe(201);
    expect(rerun.headers.get('idempotent-released')).toBe('true');
    expect(rerun.headers.get('idempotent-replayed')).toBeNull();
    const replay = await transfer(key, body(13));
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(rerun.body);
    expect((await writes(referenceOf('all', key))).transfers).toHaveLength(1);
  });

  it('finding 1 (kill -9): a key whose instance died mid-request is unknown once its lease lapses, never executable again on its own', async () => {
    const key = randomUUID();
    const payload = body(14);
    // The dead instance: it took the key exactly as the BFF does, and never came back to settle it.
    const dead = new IdempotencyStore(stack.redis.connect(), stack.redis.keys, idempotencySettings(loadConfig(IdempotencyEnv, FAST)), 'dead-instance');
    const reference = referenceOf('all', key);
    const stamped = { ...payload };
    CARD_TRANSFER.stamp(stamped, reference);
    const begun = await dead.begin('all', key, { fingerprint: fingerprintOf({ method: 'POST', url: '/v1/wallet/cards/transfer', body: payload, file: null }), kind: CARD_TRANSFER.kind, reference, hints: CARD_TRANSFER.hints({ body: stamped, params: {} }) });
    expect(begun.kind).toBe('started');
    const ttl = await stack.redis.connect().pttl(`${stack.redis.prefix}:idem:{all}:${idempotencyKeyHash(key)}`);
    expect(ttl).toBeGreaterThan(23 * 3_600_000); // the old in-flight marker lived 5 minutes, then the key ran again

    expect((await transfer(key, payload)).body.type).toBe(ProblemType.idempotencyInProgress);
    const unknown = await eventually(async () => {
      const answer = await transfer(key, payload);
      return answer.body.type === ProblemType.upstreamOutcomeUnknown ? answer : undefined;
    });
    expect(unknown.status).toBe(409);
    // Nothing reached Migo under that key: once the attempt can no longer land, the key is released and runs once.
    const rerun = await settled(key, payload);
    expect(rerun.status).toBe(201);
    expect(rerun.headers.get('idempotent-released')).toBe('true');
    expect((await writes(reference)).transfers).toHaveLength(1);
  });

  it('goes on with a write whose caller hung up: the retry replays it (a caller cancellation is not an upstream failure)', async () => {
    const key = randomUUID();
    await slowTransfers(400);
    const aborted = new AbortController();
    const hungUp = fetch(`${stack.bff.url}/v1/wallet/cards/transfer`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-key-all-0001', 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body(15)),
      signal: aborted.signal,
    }).catch((error: Error) => error.name);
    await new Promise((resolve) => setTimeout(resolve, 150));
    aborted.abort();
    expect(await hungUp).toBe('AbortError');
    const replay = await eventually(async () => {
      const answer = await transfer(key, body(15));
      return answer.status === 201 ? answer : undefined;
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await writes(referenceOf('all', key))).transfers).toHaveLength(1);
  });

  it('stamps its reference on the write, and refuses (400, before Migo) observations that leave it no room', async () => {
    const key = randomUUID();
    const ok = await transfer(key, { ...body(1), observations: 'Renta de marzo' });
    expect(ok.status).toBe(201);
    expect(ok.body.observations).toBe(`Renta de marzo [${referenceOf('all', key)}]`);
    const before = (await stack.sim.call('GET', '/__sim/stats')).body.requests['POST /rest/cards/transfer'];
    const tooLong = await transfer(randomUUID(), { ...body(1), observations: 'x'.repeat(240) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([{ field: 'observations', message: expect.stringMatching(/at most 224 characters/) }]);
    expect((await stack.sim.call('GET', '/__sim/stats')).body.requests['POST /rest/cards/transfer']).toBe(before);
    // Without a key nothing is stamped, and the full 255 characters are the app's.
    expect((await stack.bff.call('POST', '/v1/wallet/cards/transfer', { body: { ...body(1), observations: 'y'.repeat(255) } })).body.observations).toBe('y'.repeat(255));
  });

  it('keeps keys per app: the same key string sent by another app runs its own write', async () => {
    const key = randomUUID();
    expect((await transfer(key, body(2), 'all')).status).toBe(201);
    const other = await transfer(key, body(2), 'acme');
    expect(other.status).toBe(201);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    expect((await writes(referenceOf('acme', key))).transfers).toHaveLength(1);
    expect(referenceOf('acme', key)).not.toBe(referenceOf('all', key));
  });
});
