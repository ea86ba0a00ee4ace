import { randomUUID } from 'node:crypto';
import { eventually, RunningWorker, startWorker } from '#test-support';
import { linkBody, MiddlewareStack, startMiddlewareStack } from '../testing/middleware-stack.js';

const PAN = '4111111111111111';
const LIST = 'GET /mw/v1/suspensions';
const CREATE = 'POST /mw/v1/suspensions';
const REMOVE = 'DELETE /mw/v1/suspensions/:id';

/** Fraud block and allow lists through the BFF against the simulator, and a block entry declining a payment. */
describe('BFF Middleware fraud suspensions', () => {
  let stack: MiddlewareStack;
  beforeAll(async () => {
    stack = await startMiddlewareStack('bff-mw-suspensions');
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.reset());

  const entry = (overrides: Record<string, unknown> = {}) => ({ client: 'acme', list: 'block', type: 'email', value: 'fraud@example.gt', reason: 'Chargebacks', ...overrides });
  const create = (body: unknown, as: 'acme' | 'all' = 'all', key: string = randomUUID()) => stack.bff.call('POST', '/v1/middleware/suspensions', { body, as, headers: { 'idempotency-key': key } });
  const list = (query: string, as: 'acme' | 'all' = 'all') => stack.bff.call('GET', `/v1/middleware/suspensions${query}`, { as });

  it('creates, lists with pages, and removes entries of a client', async () => {
    const created = await create(entry());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.stringMatching(/^sus_/), client: 'acme', list: 'block', type: 'email', value: 'fraud@example.gt', reason: 'Chargebacks', createdAt: expect.any(String) });
    await create(entry({ list: 'allow', type: 'phone', value: '+50255551234', reason: 'VIP' }));

    const all = await list('?client=acme');
    expect(all.body).toMatchObject({ total: 3, page: 1, limit: 20 });
    expect((await list('?client=acme&list=allow')).body.items.map((e: { value: string }) => e.value)).toEqual(['+50255551234']);
    expect((await list('?client=acme&page=2&limit=2')).body).toMatchObject({ total: 3, page: 2, limit: 2, items: [expect.anything()] });

    const removed = await stack.bff.call('DELETE', `/v1/middleware/suspensions/${created.body.id}?client=acme`, { headers: { 'idempotency-key': randomUUID() } });
    expect([removed.status, removed.body.id]).toEqual([200, created.body.id]);
    expect((await list('?client=acme')).body.total).toBe(2);
    const again = await stack.bff.call('DELETE', `/v1/middleware/suspensions/${created.body.id}?client=acme`, { headers: { 'idempotency-key': randomUUID() } });
    expect(again.status).toBe(404);
  });

  it("keeps another partner's app out: 403 on globex's entries, nothing written, none of globex's data shown", async () => {
    const own = await list('', 'acme');
    expect(own.status).toBe(200);
    expect(own.body.items.map((e: { client: string }) => e.client)).toEqual(['acme']);

    const listed = await list('?client=globex', 'acme');
    const created = await create(entry({ client: 'globex' }), 'acme');
    const removed = await stack.bff.call('DELETE', '/v1/middleware/suspensions/sus_seed_globex?client=globex', { as: 'acme', headers: { 'idempotency-key': randomUUID() } });
    expect([listed.status, created.status, removed.status]).toEqual([403, 403, 403]);
    for (const answer of [listed, created, removed]) expect(answer.text).not.toMatch(/60110009|Prepaid BIN abuse/);
    expect([await stack.upstreamCalls(LIST), await stack.upstreamCalls(CREATE), await stack.upstreamCalls(REMOVE)]).toEqual([1, 0, 0]);

    // Naming its own client does not reach another client's entry either: Migo answers not found.
    const sideways = await stack.bff.call('DELETE', '/v1/middleware/suspensions/sus_seed_globex?client=acme', { as: 'acme', headers: { 'idempotency-key': randomUUID() } });
    expect(sideways.status).toBe(404);
    expect((await list('?client=globex')).body.items.map((e: { id: string }) => e.id)).toEqual(['sus_seed_globex']);
  });

  it('applies a create once when the same Idempotency-Key arrives twice at the same time', async () => {
    const key = randomUUID();
    const answers = await Promise.all([create(entry({ value: 'twice@example.gt' }), 'all', key), create(entry({ value: 'twice@example.gt' }), 'all', key)]);
    // The second is either refused while the first runs (409) or, if the first has finished, its replay (201).
    expect(answers.map((a) => a.status)).toContain(201);
    for (const answer of answers) expect([201, 409]).toContain(answer.status);
    const replay = await create(entry({ value: 'twice@example.gt' }), 'all', key);
    expect([replay.status, replay.headers.get('idempotent-replayed')]).toEqual([201, 'true']);
    expect(await stack.upstreamCalls(CREATE)).toBe(1);
    expect((await list('?client=acme')).body.items.filter((e: { value: string }) => e.value === 'twice@example.gt')).toHaveLength(1);
  });

  it('refuses values that do not fit their type, and any card number, with 400 before any call', async () => {
    const bad = [
      { type: 'bin', value: '41111' },
      { type: 'bin', value: '41111a' },
      { type: 'email', value: 'not-an-email' },
      { type: 'phone', value: '5555-12ab' },
      { type: 'document', value: 'DPI 2345-6789' },
      { type: 'card-fingerprint', value: PAN },
      { type: 'card-fingerprint', value: `fp_${PAN}` },
      { type: 'email', value: `${PAN}@example.gt` },
      { type: 'document', value: PAN },
      { type: 'phone', value: `+${PAN}` },
      { type: 'iban', value: 'GT00' },
      { list: 'grey' },
      { reason: '' },
    ];
    for (const overrides of bad) {
      const refused = await create(entry(overrides));
      expect([refused.status, refused.headers.get('content-type')]).toEqual([400, expect.stringMatching(/^application\/problem\+json/)]);
      expect(refused.text).not.toContain(PAN);
    }
    expect((await list('?client=acme&limit=101')).status).toBe(400);
    expect((await stack.bff.call('DELETE', '/v1/middleware/suspensions/sus_seed_acme', { headers: { 'idempotency-key': randomUUID() } })).status).toBe(400);
    expect([await stack.upstreamCalls(CREATE), await stack.upstreamCalls(REMOVE), await stack.upstreamCalls(LIST)]).toEqual([0, 0, 0]);
    expect(stack.bff.logLines.join('\n')).not.toContain(PAN);

    // Long digit runs that are no card number (a Guatemalan DPI, a Mexican phone) are taken.
    expect((await create(entry({ type: 'document', value: '2345678900101' }))).status).toBe(201);
    expect((await create(entry({ type: 'phone', value: '+525512345678' }))).status).toBe(201);
  });

  it('answers Migo failing as a problem; a create whose outcome is unknown is not sent again under its key', async () => {
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'GET', path: '/v1/suspensions', status: 503, times: 3 } });
    const listed = await list('?client=acme');
    expect([listed.status, listed.headers.get('content-type')]).toEqual([503, expect.stringMatching(/^application\/problem\+json/)]);

    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'POST', path: '/v1/suspensions', status: 502, times: 1 } });
    const key = randomUUID();
    const failed = await create(entry({ value: 'unknown@example.gt' }), 'all', key);
    expect([failed.status, failed.body.type]).toEqual([503, expect.stringMatching(/upstream-outcome-unknown$/)]);
    const retried = await create(entry({ value: 'unknown@example.gt' }), 'all', key);
    expect(retried.status).toBe(409);
    expect(await stack.upstreamCalls(CREATE)).toBe(1);
  });

  describe('enforcement', () => {
    let worker: RunningWorker;
    beforeAll(async () => {
      worker = await startWorker(stack.sim, stack.redis);
    });
    afterAll(() => worker.close());

    it("declines acme's payment matching acme's block entry with suspended_by_fraud_rule, and the job says so", async () => {
      expect((await create(entry({ type: 'bin', value: '457173', reason: 'Prepaid fraud' }), 'acme')).status).toBe(201);
      const started = await stack.bff.call('POST', '/v1/middleware/transactions', { body: linkBody({ userId: 'clean@example.gt' }), as: 'acme', headers: { 'idempotency-key': randomUUID() } });
      expect(started.status).toBe(202);
      const uid = started.body.upstream.uid;
      const paid = await stack.sim.call('POST', `/__sim/middleware/transactions/${uid}/checkout`, { body: { bin: '45717360' } });
      expect(paid.body.transaction).toMatchObject({ status: 'denied', declineCode: 'suspended_by_fraud_rule' });

      const job = await eventually(async () => {
        const { body } = await stack.bff.call('GET', `/v1/jobs/${started.body.job.id}`, { as: 'acme' });
        return body.state === 'succeeded' ? body : undefined;
      }, 15000);
      expect(job.result).toMatchObject({ uid, outcome: 'denied', status: 'denied', declineCode: 'suspended_by_fraud_rule' });
      expect((await stack.bff.call('GET', `/v1/middleware/transactions/${uid}`, { as: 'acme' })).body).toMatchObject({ status: 'denied', declineCode: 'suspended_by_fraud_rule' });

      // The same card at globex is not acme's business: approved.
      const globex = await stack.bff.call('POST', '/v1/middleware/transactions', { body: linkBody({ client: 'globex', currency: 'USD' }), headers: { 'idempotency-key': randomUUID() } });
      const elsewhere = await stack.sim.call('POST', `/__sim/middleware/transactions/${globex.body.upstream.uid}/checkout`, { body: { bin: '45717360' } });
      expect(elsewhere.body.transaction.status).toBe('approved');
    });
  });
});
