import { randomUUID } from 'node:crypto';
import { fingerprintOf, IdempotencyEnv, idempotencyKeyHash, idempotencySettings, IdempotencyStore, loadConfig, ProblemType, referenceTag, writeReference } from '#common';
import { PROCESS_REQUEST } from '#cms';
import { eventually, useBffStack } from '#test-support';

/** Short clocks so the reconciler's whole cycle fits in a test: lease 0.6 s, settle 1.5 s, sweeps every 0.1 s. */
const FAST = { IDEMPOTENCY_LEASE_MS: '600', IDEMPOTENCY_SETTLE_MS: '1500', IDEMPOTENCY_SWEEP_MS: '100', MIGO_TIMEOUT_MS: '700' };
const CREATE = 'POST /cms/rest/app/partners/:partnerId/process-request';
const CARDS = 'POST /cms/rest/app/partners/:partnerId/cards/upload';
const REVIEW = 'PATCH /cms/rest/app/partners/:clientId/process-requests/:requestId';
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

/** CMS writes that create or move value take Idempotency-Key with the Wallet's semantics. */
describe('CMS value writes with Idempotency-Key (process requests, their approval, card uploads)', () => {
  const stack = useBffStack('cms-idempotency', { bffEnv: FAST, workerEnv: FAST });
  beforeEach(async () => {
    await stack.resetSimulator();
    // A reset drops the BFF's CMS session: this read logs in again, so the write counts below are the writes alone.
    expect((await stack.bff.call('GET', '/v1/cms/partners/acme/process-requests/all')).status).toBe(200);
  });

  const referenceOf = (app: string, key: string) => writeReference(app, idempotencyKeyHash(key));
  const otp = async () => {
    expect((await stack.bff.call('POST', '/v1/cms/users/auth/otp', { body: { email: 'ops@acme.test', purpose: 'process-request' } })).status).toBe(200);
    return (await stack.sim.call('GET', '/__sim/otp/ops@acme.test')).body.otp as string;
  };
  const form = (fields: { requestedAmount: string; otp?: string; observations?: string }) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) body.append(name, value);
    body.append('evidence', new Blob([PDF], { type: 'application/pdf' }), 'transfer.pdf');
    return body;
  };
  const create = (key: string, fields: Parameters<typeof form>[0], partnerId = 'acme', as: 'all' | 'acme' = 'all') =>
    stack.bff.call('POST', `/v1/cms/partners/${partnerId}/process-request`, { raw: form(fields), headers: { 'idempotency-key': key }, as });
  /** Migo's process requests of acme that carry this reference (a plain read, no key involved). */
  const requestsWith = async (reference: string) =>
    ((await stack.bff.call('GET', '/v1/cms/partners/acme/process-requests/all')).body as Array<{ id: number; observations: string | null }>).filter((r) => (r.observations ?? '').includes(reference));
  const uploadCards = (key: string, rows: unknown[], as: 'all' | 'acme' = 'all', partnerId = 'acme') =>
    stack.bff.call('POST', `/v1/cms/partners/${partnerId}/cards/upload`, { body: rows, headers: { 'idempotency-key': key }, as });

  it('creates one process request for concurrent requests with the same key; the key then replays it', async () => {
    const key = randomUUID();
    const fields = { requestedAmount: '250.5', otp: await otp(), observations: 'Wire 7781' };
    const answers = await Promise.all([create(key, fields), create(key, fields), create(key, fields)]);
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses[0]).toBe(201);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true); // 409: the first one was still running
    expect(await stack.upstreamCalls(CREATE)).toBe(1);
    const [created] = await requestsWith(referenceOf('all', key));
    expect(created).toMatchObject({ observations: `Wire 7781 [${referenceOf('all', key)}]` });
    expect(await requestsWith(referenceOf('all', key))).toHaveLength(1);

    const replay = await create(key, fields);
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toMatchObject({ id: created.id, requestedAmount: 250.5, status: 'pending' });
    expect(await stack.upstreamCalls(CREATE)).toBe(1);
  });

  it('answers 422 to the same key with another body, 400 to observations with no room for the reference, 403 to another partner: none reaches Migo', async () => {
    const key = randomUUID();
    expect((await create(key, { requestedAmount: '10', otp: await otp() })).status).toBe(201);
    const other = await create(key, { requestedAmount: '11', otp: '123456' });
    expect(other.status).toBe(422);
    expect(other.body.type).toBe(ProblemType.idempotencyMismatch);

    const long = await create(randomUUID(), { requestedAmount: '10', otp: '123456', observations: 'x'.repeat(480) });
    expect(long.status).toBe(400);
    expect(long.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(long.body.errors).toEqual([{ field: 'observations', message: expect.stringMatching(/at most \d+ characters when an Idempotency-Key is sent/) }]);

    const foreign = await create(randomUUID(), { requestedAmount: '10', otp: '123456' }, 'globex', 'acme');
    expect(foreign.status).toBe(403);
    const foreignCards = await uploadCards(randomUUID(), [{ alias: 'Matriz', currency: 'GTQ' }], 'acme', 'globex');
    expect(foreignCards.status).toBe(403);
    expect(await stack.upstreamCalls(CREATE)).toBe(1);
    expect(await stack.upstreamCalls(CARDS)).toBe(0);
  });

  it('Migo slower than the BFF: 503 upstream-outcome-unknown, 409 on retry; once settled, the key answers with exactly one request', async () => {
    const key = randomUUID();
    const fields = { requestedAmount: '99.99', otp: await otp() };
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'POST', path: '/app/partners/:partnerId/process-request', latencyMs: 1000, times: 1 } });
    const first = await create(key, fields);
    expect(first.status).toBe(503);
    expect(first.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(first.body).toMatchObject({ type: ProblemType.upstreamOutcomeUnknown, upstream: { service: 'cms' } });
    const retry = await create(key, fields);
    expect(retry.status).toBe(409);
    expect(retry.body.type).toBe(ProblemType.upstreamOutcomeUnknown);

    const settled = await eventually(async () => {
      const answer = await create(key, fields);
      return answer.body?.type === ProblemType.upstreamOutcomeUnknown ? undefined : answer;
    }, 15000);
    // Either Migo never acted (the simulator drops a multipart request whose caller hung up): the key was released and
    // ran once; or it did, and the reconciler found it (next test): the key replays it. Never both.
    expect(settled.status).toBe(201);
    expect([settled.headers.get('idempotent-released'), settled.headers.get('idempotent-replayed')]).toContain('true');
    const requests = await requestsWith(referenceOf('all', key));
    expect(requests).toHaveLength(1);
    expect(settled.body).toMatchObject({ id: requests[0].id, requestedAmount: 99.99 });
    expect((await create(key, fields)).headers.get('idempotent-replayed')).toBe('true');
  });

  it('an attempt whose instance died after Migo applied it: the reconciler finds the request by the reference in observations, and the key replays it', async () => {
    const key = randomUUID();
    const reference = referenceOf('all', key);
    const fields = { requestedAmount: '77', otp: await otp() };
    // The dead instance took the key as the BFF does (fingerprint of the form as the app sent it) and never settled it.
    const dead = new IdempotencyStore(stack.redis.connect(), stack.redis.keys, idempotencySettings(loadConfig(IdempotencyEnv, FAST)), 'dead-instance');
    const fingerprint = fingerprintOf({ method: 'POST', url: '/v1/cms/partners/acme/process-request', body: fields, file: PDF });
    const begun = await dead.begin('all', key, { fingerprint, kind: PROCESS_REQUEST.kind, reference, hints: PROCESS_REQUEST.hints({ body: fields, params: { partnerId: 'acme' } }) });
    expect(begun.kind).toBe('started');
    // What it had sent reached Migo: the request carries the stamped observations.
    const applied = await stack.bff.call('POST', '/v1/cms/partners/acme/process-request', { raw: form({ requestedAmount: '77', otp: fields.otp, observations: referenceTag(reference) }) });
    expect(applied.status).toBe(201);

    const replay = await eventually(async () => {
      const answer = await create(key, fields);
      return answer.status === 201 ? answer : undefined;
    }, 15000);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toMatchObject({ id: applied.body.id, requestedAmount: 77, observations: referenceTag(reference) });
    expect(await requestsWith(reference)).toHaveLength(1);
    expect(await stack.upstreamCalls(CREATE)).toBe(1);
  });

  it('approves a top-up once for the same key', async () => {
    // Another operator approves: a seeded pending request that this BFF's operator did not file.
    const mine = (await create(randomUUID(), { requestedAmount: '40', otp: await otp() })).body.createdBy;
    const all = (await stack.bff.call('GET', '/v1/cms/partners/acme/process-requests/all')).body as Array<{ id: number; status: string; createdBy: number }>;
    const pending = all.find((r) => r.status === 'pending' && r.createdBy !== mine)!;
    const key = randomUUID();
    const approve = () => stack.bff.call('PATCH', `/v1/cms/partners/acme/process-requests/${pending.id}`, { body: { status: 'approved' }, headers: { 'idempotency-key': key } });
    const [a, b] = await Promise.all([approve(), approve()]);
    expect([a.status, b.status]).toContain(200);
    expect([a.status, b.status].every((s) => s === 200 || s === 409)).toBe(true);
    const replay = await approve();
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toMatchObject({ id: pending.id, status: 'approved' });
    expect(await stack.upstreamCalls(REVIEW)).toBe(1);
  });

  it('uploads cards once per key; an upload Migo may have received stays blocked (409), never sent again', async () => {
    const rows = [{ alias: 'Matriz', currency: 'GTQ' }];
    const key = randomUUID();
    const [a, b] = await Promise.all([uploadCards(key, rows), uploadCards(key, rows)]);
    expect([a.status, b.status]).toContain(202);
    expect([a.status, b.status].every((s) => s === 202 || s === 409)).toBe(true);
    expect(await stack.upstreamCalls(CARDS)).toBe(1);
    expect((await uploadCards(key, [{ alias: 'Otra', currency: 'GTQ' }])).status).toBe(422);

    const slowKey = randomUUID();
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'POST', path: '/app/partners/:partnerId/cards/upload', latencyMs: 1000, times: 1 } });
    const first = await uploadCards(slowKey, rows);
    expect(first.status).toBe(503);
    expect(first.body.type).toBe(ProblemType.upstreamOutcomeUnknown);
    const retry = await uploadCards(slowKey, rows);
    expect(retry.status).toBe(409);
    expect(retry.body.detail).toMatch(/cannot be looked up at Migo/);
    expect(await stack.upstreamCalls(CARDS)).toBe(2);
  });
});
