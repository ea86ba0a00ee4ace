import { useSimulator } from '#test-support';
import { mwHeaders } from '../testing/mw-test-kit.js';

describe('Middleware plans (simulator)', () => {
  const sim = useSimulator();
  let jwt: Record<string, string>;
  beforeAll(() => {
    jwt = mwHeaders(sim).jwt;
  });

  const newPlan = { name: 'Plan Anual', amount: 999.5, currency: 'GTQ', type: 'interval', frequency: { frequency: 365, shortDescription: 'Yearly' }, methods: ['fac-2', 'visa-cybersource'] };

  it('lists the seeded plans of a client, and needs a known client', async () => {
    const { status, body } = await sim.call('GET', '/mw/v1/plans/list?client=acme', { headers: jwt });
    expect(status).toBe(200);
    expect(body.data.map((p: { planUid: string }) => p.planUid)).toEqual(['pln_basico', 'pln_premium']);
    expect(body.data[0]).toMatchObject({ client: 'acme', name: 'Plan Básico', amount: 99, currency: 'GTQ', type: 'interval', frequency: { frequency: 30 }, methods: ['fac-2'], dailyAttempts: 3 });
    expect((await sim.call('GET', '/mw/v1/plans/list', { headers: jwt })).body.ownCode).toBe(5000);
    expect((await sim.call('GET', '/mw/v1/plans/list?client=hooli', { headers: jwt })).status).toBe(404);
  });

  it('creates a plan (201), shows it to its client only, and updates it in part', async () => {
    const created = await sim.call('POST', '/mw/v1/plans', { body: { plan: newPlan, client: 'acme' }, headers: jwt });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ success: true, message: 'Plan created', data: { ...newPlan, client: 'acme', installments: [1], autoRenewal: true } });
    const { planUid } = created.body.data;
    expect((await sim.call('GET', `/mw/v1/plans/${planUid}/client/acme/detail`, { headers: jwt })).body.data.name).toBe('Plan Anual');
    const elsewhere = await sim.call('GET', `/mw/v1/plans/${planUid}/client/globex/detail`, { headers: jwt });
    expect([elsewhere.status, elsewhere.body.ownCode]).toEqual([404, 2002]);

    const updated = await sim.call('PUT', '/mw/v1/plans', { body: { planUid, client: 'acme', plan: { amount: 1099, dailyAttempts: 5 } }, headers: jwt });
    expect(updated.status).toBe(200);
    expect(updated.body.data).toMatchObject({ planUid, name: 'Plan Anual', amount: 1099, dailyAttempts: 5, frequency: { frequency: 365 } });
  });

  it('validates the plan: type, amount decimals, processors, required frequency', async () => {
    const create = (plan: Record<string, unknown>) => sim.call('POST', '/mw/v1/plans', { body: { plan: { ...newPlan, ...plan }, client: 'acme' }, headers: jwt });
    for (const plan of [{ type: 'MONTHLY' }, { amount: 1.23456 }, { methods: ['cash'] }, { frequency: undefined }, { currency: 'gtq' }]) {
      const { status, body } = await create(plan);
      expect([status, body.ownCode]).toEqual([400, 5000]);
    }
  });
});
