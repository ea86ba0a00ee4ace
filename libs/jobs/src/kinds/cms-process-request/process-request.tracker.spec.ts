import { operatorHeaders } from '../../../../../apps/migo-simulator/src/cms/testing/cms-test-kit.js';
import { jobIdFor } from '../../job-id.js';
import { TrackerHarness, trackerHarness } from '../testing/tracker-harness.js';
import { processRequestKind, processRequestOutcome } from './process-request.kind.js';
import { ProcessRequestTracker } from './process-request.tracker.js';

describe('ProcessRequestTracker (simulator, real job store on Redis)', () => {
  let h: TrackerHarness;
  let tracker: ProcessRequestTracker;

  beforeAll(async () => {
    h = await trackerHarness('process-request-tracker');
    tracker = new ProcessRequestTracker(h.cms);
  });
  afterEach(() => h.sim.call('DELETE', '/__sim/faults'));
  afterAll(() => h.close());

  // The seeded acme requests 2 and 3 are pending: 2 was filed by the supervisor, 3 by ops (the service operator).
  const start = (requestId: number) => h.startJob({ type: 'cms.process-request', partnerId: 'acme', requestId }, String(requestId));
  /** A second operator's decision, straight at Migo (as the CMS console would). */
  const review = async (who: 'ops' | 'supervisor', requestId: number, status: 'approved' | 'rejected', reason?: string) =>
    h.sim.call('PATCH', `/cms/rest/app/partners/acme/process-requests/${requestId}`, { body: { status, ...(reason ? { reason } : {}) }, headers: await operatorHeaders(h.sim, who) });

  it('polls a pending request without announcing anything new, then succeeds once a second operator approved it', async () => {
    await h.sim.call('POST', '/__sim/reset');
    const first = await h.step(tracker, await start(2));
    expect(first.outcome).toEqual({ done: false, changed: true });
    expect(first.record).toMatchObject({ state: 'running', outcome: null, progress: { percent: 0, status: 'pending' } });
    const second = await h.step(tracker, first.data);
    expect(second.outcome).toEqual({ done: false, changed: false });

    // Its creator cannot decide it (Migo refuses); the job stays open.
    expect((await review('supervisor', 2, 'approved')).status).toBe(403);
    expect((await h.step(tracker, second.data)).outcome).toEqual({ done: false, changed: false });

    expect((await review('ops', 2, 'approved')).status).toBe(200);
    const decided = await h.step(tracker, second.data);
    expect(decided.outcome).toEqual({ done: true });
    expect(decided.record).toMatchObject({ state: 'succeeded', outcome: 'approved', error: null, result: { id: 2, clientId: 'acme', outcome: 'approved', status: 'approved', requestedAmount: 12500.5, reviewedBy: 1 } });
  });

  it('ends as rejected with the reviewer and the reason', async () => {
    await h.sim.call('POST', '/__sim/reset');
    const data = await start(3);
    expect((await review('supervisor', 3, 'rejected', 'Evidencia ilegible')).status).toBe(200);
    expect((await h.step(tracker, data)).record).toMatchObject({ state: 'succeeded', outcome: 'rejected', result: { id: 3, status: 'rejected', reviewedBy: 2, reason: 'Evidencia ilegible' } });
  });

  it('fails the job as upstream-404 when the partner lists no such request', async () => {
    const { outcome, record } = await h.step(tracker, await start(999));
    expect(outcome).toEqual({ done: true });
    expect(record).toMatchObject({ state: 'failed', outcome: null, error: { code: 'upstream-404' } });
  });

  it('lets an upstream 5xx fail the step only (the runner retries it), leaving the job open', async () => {
    await h.sim.call('POST', '/__sim/reset');
    // Its own job (upstream id) apart from the first test's, which followed the same request to its end.
    const data = await h.startJob({ type: 'cms.process-request', partnerId: 'acme', requestId: 2 }, '2-5xx');
    await h.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'GET', path: '/app/partners/acme/process-requests/all', status: 500 } });
    await expect(h.step(tracker, data)).rejects.toMatchObject({ name: 'UpstreamError', status: 500 });
    expect(await h.store.get(data.app, jobIdFor(data.app, 'cms.process-request', '2-5xx'))).toMatchObject({ state: 'queued', outcome: null, error: null });
    await h.sim.call('DELETE', '/__sim/faults');
    expect((await h.step(tracker, data)).record).toMatchObject({ state: 'running', progress: { status: 'pending' } });
  });

  it('treats every status it does not know as "still open", and needs a numeric id and a partner to follow one by id', () => {
    for (const status of ['pending', 'in_review', 'APPROVED', 'toString', '']) expect(processRequestOutcome(status)).toBeUndefined();
    const trackById = processRequestKind.trackById as Exclude<typeof processRequestKind.trackById, { refused: string }>;
    expect(trackById.objectOf('2', 'acme')).toEqual({ kind: 'partner', partnerId: 'acme' });
    expect(() => trackById.objectOf('2', undefined)).toThrow('partnerId is required');
    for (const bad of ['0', 'x', '2/3']) expect(() => trackById.objectOf(bad, 'acme')).toThrow('numeric id');
  });
});
