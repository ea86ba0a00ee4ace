import { randomUUID } from 'node:crypto';
import { jobIdFor } from '../../job-id.js';
import { TrackerHarness, trackerHarness } from '../testing/tracker-harness.js';
import { leadKind, leadOutcome } from './lead.kind.js';
import { LeadTracker } from './lead.tracker.js';

describe('LeadTracker (simulator, real job store on Redis)', () => {
  let h: TrackerHarness;
  let tracker: LeadTracker;

  beforeAll(async () => {
    h = await trackerHarness('lead-tracker');
    tracker = new LeadTracker(h.wallet);
  });
  afterEach(() => h.sim.call('DELETE', '/__sim/faults'));
  afterAll(() => h.close());

  const createLead = () => h.wallet.businesses.createLead({ firstName: 'Ana', lastName: 'Paz', gender: 'F', cui: '1234567890101', expirationDate: '2030-01-31', commercialName: 'Tienda Ana', partner: 'acme' });
  const start = (leadId: string) => h.startJob({ type: 'wallet.lead', leadId }, leadId);
  /** The owner registers with the lead's invitation code: Migo provisions the business (the approval). */
  const register = (invitationCode: string) =>
    h.wallet.users.registerUser({ deviceId: `device-${randomUUID().slice(0, 8)}`, invitationCode, username: `owner.${randomUUID().slice(0, 8)}@example.gt`, password: 'Owner#2026-secret', confirmPassword: 'Owner#2026-secret' });

  it('polls a pending lead without announcing anything new, then succeeds with the business once it is approved', async () => {
    const lead = await createLead();
    const first = await h.step(tracker, await start(lead._id));
    expect(first.outcome).toEqual({ done: false, changed: true });
    expect(first.record).toMatchObject({ state: 'running', outcome: null, progress: { percent: 0, status: 'pending' } });
    const second = await h.step(tracker, first.data);
    expect(second.outcome).toEqual({ done: false, changed: false });

    await register(lead.invitationCode);
    const approved = await h.step(tracker, second.data);
    expect(approved.outcome).toEqual({ done: true });
    expect(approved.record).toMatchObject({ state: 'succeeded', outcome: 'approved', error: null, result: { leadId: lead._id, partner: 'acme', outcome: 'approved', status: 'registered', commerceId: expect.any(Number), reason: null } });
    // No KYC data and no invitation code in the job.
    expect(JSON.stringify(approved.record)).not.toMatch(/1234567890101|Paz|invitationCode/);
  });

  it('ends as rejected with the reason, and its invitation code no longer registers anyone', async () => {
    const lead = await createLead();
    expect((await h.sim.call('POST', `/__sim/leads/${lead._id}/reject`, { body: { reason: 'CUI no verificable' } })).status).toBe(200);
    const { record } = await h.step(tracker, await start(lead._id));
    expect(record).toMatchObject({ state: 'succeeded', outcome: 'rejected', result: { status: 'rejected', commerceId: null, reason: 'CUI no verificable' } });
    await expect(register(lead.invitationCode)).rejects.toMatchObject({ name: 'UpstreamError' });
    expect((await h.sim.call('POST', `/__sim/leads/${lead._id}/reject`, { body: { reason: 'again' } })).status).toBe(409);
  });

  it("lets Migo's 404 for an unknown lead fail the step (the runner then fails the job as upstream-404)", async () => {
    await expect(h.step(tracker, await start('0123456789abcdef01234567'))).rejects.toMatchObject({ name: 'UpstreamError', status: 404 });
  });

  it('lets an upstream 5xx fail the step only (the runner retries it), leaving the job open', async () => {
    const lead = await createLead();
    const data = await start(lead._id);
    await h.sim.call('POST', '/__sim/faults', { body: { surface: 'wallet', method: 'GET', path: '/leads/*', status: 500 } });
    await expect(h.step(tracker, data)).rejects.toMatchObject({ name: 'UpstreamError', status: 500 });
    expect(await h.store.get(data.app, jobIdFor(data.app, 'wallet.lead', lead._id))).toMatchObject({ state: 'queued', outcome: null, error: null });
    await h.sim.call('DELETE', '/__sim/faults');
    expect((await h.step(tracker, data)).record).toMatchObject({ state: 'running', progress: { status: 'pending' } });
  });

  it('treats every status it does not know as "still open", and needs a lead id and a partner to follow one by id', async () => {
    for (const status of ['pending', 'in_review', 'approved', 'REGISTERED', 'toString', '']) expect(leadOutcome(status)).toBeUndefined();
    const trackById = leadKind.trackById as Exclude<typeof leadKind.trackById, { refused: string }>;
    expect(() => trackById.objectOf('0123456789abcdef01234567', undefined)).toThrow('partnerId is required');
    expect(() => trackById.objectOf('not-a-lead', 'acme')).toThrow('24 hex characters');
    const lead = await createLead();
    const clients = { wallet: h.wallet } as never;
    await expect(trackById.confirm(clients, trackById.objectOf(lead._id, 'acme'), lead._id, 'acme')).resolves.toEqual({ target: { type: 'wallet.lead', leadId: lead._id }, partnerId: 'acme' });
    await expect(trackById.confirm(clients, trackById.objectOf(lead._id, 'globex'), lead._id, 'globex')).rejects.toThrow(`Partner "globex" has no lead ${lead._id}`);
  });
});
