import { RunningSimulator, startSimulator, testRedis, TestRedis, upstreamStack } from '#test-support';
import { MiddlewareClient } from './middleware.client.js';
import { CHARGE_BATCH, ChargeBatchHints, MiddlewareWriteLookup } from './write-references.js';

/** Finding a keyed charge batch by its reference, with and without the simulator's invented `source`. */
describe('MiddlewareWriteLookup.chargeBatch (simulator, real Redis)', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let lookup: MiddlewareWriteLookup;
  let jwt: Record<string, string>;
  beforeAll(async () => {
    sim = await startSimulator();
    redis = testRedis('write-lookup');
    const { upstream, auth } = upstreamStack(sim, redis.connect(), redis.keys);
    lookup = new MiddlewareWriteLookup(new MiddlewareClient(upstream, auth));
    jwt = { authorization: `Bearer ${sim.secrets.middlewareJwt}` };
  });
  afterAll(async () => {
    await sim.close();
    await redis.cleanup();
  });

  /** A batch sent as the BFF sends a keyed one (reference stamped in each row's metadata), charged by Migo. */
  async function chargedBatch(reference: string, withSource: boolean): Promise<{ batchId: string; hints: ChargeBatchHints }> {
    await sim.call('POST', '/__sim/reset');
    await sim.call('PATCH', '/__sim/config', { body: { chargeRowsPerSecond: 500, paymentHistorySource: withSource } });
    const body = { client: 'acme', data: [{ subscriptionId: 'sub_01HAAA', amount: 15 }] };
    CHARGE_BATCH.stamp(body, reference);
    const hints = CHARGE_BATCH.hints({ body, params: {} })!;
    const { status, body: answer } = await sim.call('POST', '/mw/v1/subscriptions/charges', { body, headers: jwt });
    expect(status).toBe(202);
    for (let i = 0; i < 100; i++) {
      const history = (await sim.call('GET', '/mw/v1/subscriptions/payment-history?subscriptionId=sub_01HAAA', { headers: jwt })).body.data as Array<{ amount: number }>;
      if (history.some((entry) => entry.amount === 15)) return { batchId: answer.data.batchId, hints };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('Migo did not charge the row in time');
  }

  it('names the batch from the entry’s source when Migo shows one', async () => {
    const { batchId, hints } = await chargedBatch('bff_0123456789abcdef01234567', true);
    expect(await lookup.chargeBatch('bff_0123456789abcdef01234567', hints)).toEqual({ clientId: 'acme', batchId, totals: {}, errorsSample: [] });
    expect(await lookup.chargeBatch('bff_ffffffffffffffffffffffff', hints)).toBeUndefined(); // another reference: not there
  });

  it('without source, finds the batch by the reference in its metadata all the same (never "absent", which would release the key), with no batch id', async () => {
    const { hints } = await chargedBatch('bff_89abcdef0123456789abcdef', false);
    expect(await lookup.chargeBatch('bff_89abcdef0123456789abcdef', hints)).toEqual({ clientId: 'acme', batchId: null, totals: {}, errorsSample: [] });
    expect(await lookup.chargeBatch('bff_ffffffffffffffffffffffff', hints)).toBeUndefined();
  });
});
