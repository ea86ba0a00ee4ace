import { randomUUID } from 'node:crypto';
import { TestAppName, useBffStack } from '#test-support';

const CREATE = 'POST /rest/leads';
const leadBody = (partner: string) => ({ firstName: 'Ana', lastName: 'Paz', gender: 'F', cui: '1234567890101', expirationDate: '2030-01-31', commercialName: 'Tienda Ana', partner });

/** Creating a lead answers 201 as before, plus the job that follows it until Migo approves it into a business or rejects it. */
describe('lead approval jobs (simulator + BFF + worker in-process, real Redis)', () => {
  const stack = useBffStack('lead-jobs', { workerEnv: {} });
  afterEach(() => stack.sim.call('DELETE', '/__sim/faults'));

  const create = (partner = 'acme', as: TestAppName = 'all') => stack.bff.call('POST', '/v1/wallet/leads', { body: leadBody(partner), as });
  async function finished(jobId: string) {
    for (let i = 0; i < 20; i++) {
      const job = await stack.bff.call('GET', `/v1/jobs/${jobId}?wait=5`);
      if (job.body.state !== 'queued' && job.body.state !== 'running') return job.body;
    }
    throw new Error('the job never finished');
  }

  it('follows a lead to approved (its owner registered, Migo provisioned the business) with the business id', async () => {
    const lead = await create();
    expect(lead.status).toBe(201);
    expect(lead.body.job).toMatchObject({ type: 'wallet.lead', state: 'queued', outcome: null, partnerId: 'acme', upstream: { service: 'wallet', id: lead.body._id } });
    const owner = await stack.bff.call('POST', '/v1/wallet/users', {
      body: { deviceId: `device-${randomUUID().slice(0, 8)}`, invitationCode: lead.body.invitationCode, username: `owner.${randomUUID().slice(0, 8)}@example.gt`, password: 'Owner#2026-secret', confirmPassword: 'Owner#2026-secret' },
    });
    expect(owner.status).toBe(201);
    const job = await finished(lead.body.job.id);
    expect(job).toMatchObject({ state: 'succeeded', outcome: 'approved', result: { leadId: lead.body._id, status: 'registered', commerceId: owner.body.business.commerceId } });
    expect(JSON.stringify(job)).not.toMatch(/1234567890101|invitationCode/);
  }, 20000);

  it('follows a lead to rejected, with the reason', async () => {
    const lead = await create('globex');
    expect((await stack.sim.call('POST', `/__sim/leads/${lead.body._id}/reject`, { body: { reason: 'CUI no verificable' } })).status).toBe(200);
    expect(await finished(lead.body.job.id)).toMatchObject({ state: 'succeeded', outcome: 'rejected', partnerId: 'globex', result: { reason: 'CUI no verificable', commerceId: null } });
  }, 20000);

  it("lets no app of another partner start, follow by id or read a globex lead's job", async () => {
    const before = await stack.upstreamCalls(CREATE);
    const refused = await create('globex', 'acme');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await stack.upstreamCalls(CREATE)).toBe(before);

    const own = await create('globex');
    expect((await stack.bff.call('GET', `/v1/jobs/${own.body.job.id}`, { as: 'acme' })).status).toBe(404);
    expect((await stack.bff.call('POST', '/v1/jobs', { body: { type: 'wallet.lead', upstreamId: own.body._id, partnerId: 'globex' }, as: 'acme' })).status).toBe(403);
    // Named under its own partner, acme's app learns nothing of it: Migo's lead is globex's.
    const disguised = await stack.bff.call('POST', '/v1/jobs', { body: { type: 'wallet.lead', upstreamId: own.body._id, partnerId: 'acme' }, as: 'acme' });
    expect(disguised.status).toBe(404);
    expect(JSON.stringify(disguised.body)).not.toMatch(/Tienda Ana|globex/);
  });

  it('refuses bad input with 400 problem+json before any upstream call', async () => {
    const before = await stack.upstreamCalls(CREATE);
    for (const body of [{ ...leadBody('acme'), gender: 'X' }, { ...leadBody('acme'), expirationDate: 'tomorrow' }, { firstName: 'Ana' }]) {
      const response = await stack.bff.call('POST', '/v1/wallet/leads', { body });
      expect([response.status, response.headers.get('content-type')]).toEqual([400, expect.stringMatching(/problem\+json/)]);
    }
    expect((await stack.bff.call('POST', '/v1/jobs', { body: { type: 'wallet.lead', upstreamId: 'nope', partnerId: 'acme' } })).status).toBe(400);
    expect(await stack.upstreamCalls(CREATE)).toBe(before);
  });

  it('answers a problem when Migo fails the create and starts no job', async () => {
    const jobs = async () => (await stack.bff.call('GET', '/v1/jobs?type=wallet.lead&limit=100')).body.items.length as number;
    const before = await jobs();
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'POST', path: '/leads', status: 500, times: 1 } });
    const failed = await create();
    expect(failed.status).toBe(502); // a plain upstream 5xx (the route takes no Idempotency-Key)
    expect(failed.headers.get('content-type')).toMatch(/problem\+json/);
    expect(await jobs()).toBe(before);
  });
});
