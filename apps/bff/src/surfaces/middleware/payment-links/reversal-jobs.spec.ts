import { randomUUID } from 'node:crypto';
import { TestAppName, useBffStack } from '#test-support';

/** Refunds and reverts answer 202 with a job the worker follows to `refunded` / `reverted` / `refused`. */
describe('payment-link refund and revert jobs (simulator + BFF + worker in-process, real Redis)', () => {
  // Links settle only when a test says so.
  const stack = useBffStack('reversal-jobs', { simulatorEnv: { SIM_PAYMENT_LINK_SETTLE_MS: '600000' }, workerEnv: {} });
  beforeEach(() => stack.resetSimulator());

  const post = (path: string, body: unknown, key = randomUUID(), as: TestAppName = 'all') => stack.bff.call('POST', `/v1/middleware${path}`, { body, headers: { 'idempotency-key': key }, as });
  async function approvedLink(client: string) {
    const created = await post('/transactions', { amount: 100, userId: 'buyer@example.gt', channel: 'web', client });
    const uid = created.body.upstream.uid as string;
    expect((await stack.sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status: 'approved' } })).status).toBe(200);
    const processor = (await stack.bff.call('GET', `/v1/middleware/transactions/${uid}`)).body.processor as string;
    return { uid, processor };
  }
  async function finished(jobId: string, as: TestAppName = 'all') {
    for (let i = 0; i < 20; i++) {
      const job = await stack.bff.call('GET', `/v1/jobs/${jobId}?wait=5`, { as });
      if (job.body.state !== 'queued' && job.body.state !== 'running') return job.body;
    }
    throw new Error('the job never finished');
  }

  it('follows a refund and a revert to their outcome in GET /v1/jobs/{id}', async () => {
    const refunded = await approvedLink('acme');
    const refund = await post('/refund', { transactionUid: refunded.uid, processor: refunded.processor, amount: 25.5 });
    expect(refund.status).toBe(202);
    expect(refund.headers.get('location')).toBe(`/v1/jobs/${refund.body.job.id}`);
    expect(await finished(refund.body.job.id)).toMatchObject({ type: 'middleware.payment-link-reversal', state: 'succeeded', outcome: 'refunded', partnerId: 'acme', result: { uid: refunded.uid, refundedAmount: 25.5 } });
    // The rest, without an amount: a second job, to the full amount.
    const rest = await post('/refund', { transactionUid: refunded.uid, processor: refunded.processor });
    expect(rest.body.job.id).not.toBe(refund.body.job.id);
    expect(await finished(rest.body.job.id)).toMatchObject({ outcome: 'refunded', result: { refundedAmount: 100 } });

    const reverted = await approvedLink('globex');
    const revert = await post('/revert', { transactionUid: reverted.uid, processor: reverted.processor });
    expect(revert.status).toBe(202);
    expect(await finished(revert.body.job.id)).toMatchObject({ state: 'succeeded', outcome: 'reverted', partnerId: 'globex', result: { status: 'reverted' } });
  }, 30000);

  it('follows a refund Migo applies after answering: the answer shows nothing refunded, the job runs until the link shows it', async () => {
    expect((await stack.sim.call('PATCH', '/__sim/config', { body: { refundSettleMs: 1500 } })).status).toBe(200);
    const link = await approvedLink('acme');
    const refund = await post('/refund', { transactionUid: link.uid, processor: link.processor, amount: 60 });
    expect(refund.body.upstream).toMatchObject({ status: 'approved', refundedAmount: 0 });
    expect((await stack.bff.call('GET', `/v1/jobs/${refund.body.job.id}`)).body).toMatchObject({ outcome: null });
    // The pending 60 counts against what is left: 50 more is beyond it, whatever the link shows meanwhile.
    const beyond = await post('/refund', { transactionUid: link.uid, processor: link.processor, amount: 50 });
    expect([beyond.status, beyond.body.upstream?.status]).toEqual([400, 400]);
    const revert = await post('/revert', { transactionUid: link.uid, processor: link.processor });
    expect(revert.status).toBe(409);

    const job = await finished(refund.body.job.id);
    expect(job).toMatchObject({ state: 'succeeded', outcome: 'refunded', result: { status: 'refunded', refundedAmount: 60 } });
    expect(await stack.upstreamCalls('GET /mw/transactions/:uid')).toBeGreaterThan(1);
  }, 30000);

  it("lets no app of another partner start, follow or read a refund of a globex link", async () => {
    const link = await approvedLink('globex');
    const refused = await post('/refund', { transactionUid: link.uid, processor: link.processor, amount: 1 }, randomUUID(), 'acme');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(refused.body)).not.toContain(link.processor);
    expect(await stack.upstreamCalls('POST /mw/refund')).toBe(0);

    const own = await post('/refund', { transactionUid: link.uid, processor: link.processor, amount: 1 });
    expect((await stack.bff.call('GET', `/v1/jobs/${own.body.job.id}`, { as: 'acme' })).status).toBe(404);
    const byId = await stack.bff.call('POST', '/v1/jobs', { body: { type: 'middleware.payment-link-reversal', upstreamId: `${link.uid}/refund/1` }, as: 'acme' });
    expect(byId.status).toBe(400);
    expect(byId.body.detail).toMatch(/followed from the route that asks for it/);
  });

  it('refuses bad input with 400 problem+json before any upstream call', async () => {
    for (const body of [{ transactionUid: 'trx_1', processor: 'fac-2', amount: -1 }, { transactionUid: 'trx_1' }, { transactionUid: '', processor: 'fac-2' }]) {
      const response = await post('/refund', body);
      expect([JSON.stringify(body), response.status, response.headers.get('content-type')]).toEqual([JSON.stringify(body), 400, expect.stringMatching(/problem\+json/)]);
    }
    expect((await post('/revert', { transactionUid: 'trx_1', processor: 7 })).status).toBe(400);
    // Only the writes are counted: the worker may still be polling a link of an earlier test.
    expect([await stack.upstreamCalls('POST /mw/refund'), await stack.upstreamCalls('POST /mw/revert')]).toEqual([0, 0]);
  });

  it('applies a concurrent duplicate (same Idempotency-Key) once: one refund upstream, one job', async () => {
    const link = await approvedLink('acme');
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'POST', path: '/refund', latencyMs: 400, times: 1 } });
    const key = randomUUID();
    const body = { transactionUid: link.uid, processor: link.processor, amount: 10 };
    const answers = await Promise.all([post('/refund', body, key), new Promise((resolve) => setTimeout(resolve, 100)).then(() => post('/refund', body, key))]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409]);
    const replayed = await post('/refund', body, key);
    expect([replayed.status, replayed.body.job.id]).toEqual([202, answers[0].body.job.id]);
    expect(await stack.upstreamCalls('POST /mw/refund')).toBe(1);
    expect((await stack.bff.call('GET', `/v1/middleware/transactions/${link.uid}`)).body.refundedAmount).toBe(10);
  });

  it('answers a problem when Migo fails the refund, starts no job, and a retry under a new key once Migo is back is followed to its outcome', async () => {
    const link = await approvedLink('acme');
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'middleware', method: 'POST', path: '/refund', status: 500, times: 1 } });
    const key = randomUUID();
    const body = { transactionUid: link.uid, processor: link.processor, amount: 10 };
    const failed = await post('/refund', body, key);
    expect(failed.status).toBe(503); // an upstream 5xx is 503 (see the upstream error mapping)
    expect(failed.headers.get('content-type')).toMatch(/problem\+json/);
    const jobs = (await stack.bff.call('GET', '/v1/jobs?type=middleware.payment-link-reversal')).body;
    expect(JSON.stringify(jobs)).not.toContain(link.uid);

    // Migo may have applied it: the key's outcome is unknown (409) rather than a second refund.
    expect((await post('/refund', body, key)).status).toBe(409);
    expect((await stack.bff.call('GET', `/v1/middleware/transactions/${link.uid}`)).body.refundedAmount).toBe(0);
    const retried = await post('/refund', body);
    expect(retried.status).toBe(202);
    expect(await finished(retried.body.job.id)).toMatchObject({ outcome: 'refunded', result: { refundedAmount: 10 } });
  }, 20000);
});
