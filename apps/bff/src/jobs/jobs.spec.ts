import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { compareEventIds, queueFor } from '#jobs';
import type { TrackerJobData } from '#jobs';
import { eventually, readEvents, TEST_APPS, useBffStack } from '#test-support';

const row = (i: number, cardId: number) => ({
  name: `Persona${i}`,
  lastName: 'Prueba',
  address: 'Zona 9, Guatemala',
  countryOfBirth: 'GT',
  dateOfBirth: '1990-01-15',
  maritalStatus: 'soltero',
  gender: i % 2 ? 'F' : 'M',
  phoneNumber: `5025560${String(1000 + i)}`,
  email: `persona.${i}.${Date.now()}@example.gt`,
  documentType: 'DPI',
  documentNumber: `${3000000000000 + i * 7919 + (Date.now() % 100000)}`,
  cardId,
});

/** 20 rows; the two whose card already belongs to someone (5001, 5003) fail at Migo, the rest are created. */
const uploadRows = () => Array.from({ length: 20 }, (_, i) => row(i, i === 4 ? 5001 : i === 11 ? 5003 : 5110 + i));

describe('job tracking (simulator + BFF + worker in-process, real Redis)', () => {
  const stack = useBffStack('jobs', { bffEnv: { BFF_SSE_KEEPALIVE_MS: '1000' }, workerEnv: {} });
  const auth = { authorization: `Bearer ${TEST_APPS.all.key}` };

  beforeEach(async () => {
    await stack.sim.call('DELETE', '/__sim/faults');
    await stack.sim.call('POST', '/__sim/reset'); // fresh card inventory for each upload
    await stack.sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 40 } });
  });

  const upload = async () => {
    const response = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders/upload', { body: uploadRows() });
    expect(response.status).toBe(202);
    return response.body.job.id as string;
  };

  it('tracks an upload to succeeded with per-row outcomes, and its SSE stream shows monotonic progress', async () => {
    const jobId = await upload();
    const { events } = await readEvents(`${stack.bff.url}/v1/jobs/${jobId}/events`, auth, { until: (event) => event.event === 'end', timeoutMs: 20000 });
    expect(events[0].event).toBe('snapshot');
    expect(events.at(-1)!.event).toBe('end');
    const jobEvents = events.filter((e) => e.event === 'job' || e.event === 'snapshot').map((e) => e.data);
    const processed = jobEvents.map((job) => job.progress.processed ?? 0);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    // Every event has an id of its own, the end included (finding 4: it used to repeat the terminal event's id).
    expect(events.every((e) => e.id)).toBe(true);
    for (let i = 1; i < events.length; i++) expect(compareEventIds(events[i - 1].id!, events[i].id!)).toBeLessThan(0);

    const job = (await stack.bff.call('GET', `/v1/jobs/${jobId}`)).body;
    expect(job).toMatchObject({ id: jobId, type: 'cms.cardholder-upload', state: 'succeeded', progress: { percent: 100, processed: 20, total: 20, succeeded: 18, failed: 2 } });
    expect(job.result.rows.filter((r: { status: string }) => r.status === 'failed').map((r: { row: number }) => r.row)).toEqual([5, 12]);
    expect(job.finishedAt).toEqual(expect.any(String));
    // The workers drop a finished tracker's BullMQ job at once (the job record is what remains).
    const trackers = stack.bff.app.get<Queue<TrackerJobData>>(getQueueToken(queueFor('cms')), { strict: false });
    await eventually(async () => ((await trackers.getJob(jobId)) === undefined ? true : undefined), 5000);
  }, 30000);

  it('completes correctly when Migo cuts the progress stream midway', async () => {
    await stack.sim.call('POST', '/__sim/faults', { body: { surface: 'cms', method: 'GET', path: '/app/partners/*/cardholders/batch/*/progress', sseCutAfterFrames: 3, times: 2 } });
    const jobId = await upload();
    const done = await eventually(async () => {
      const job = (await stack.bff.call('GET', `/v1/jobs/${jobId}`)).body;
      return job.state === 'succeeded' ? job : undefined;
    }, 20000);
    expect(done.progress).toMatchObject({ processed: 20, succeeded: 18, failed: 2 });
    // Cut at least once mid-way (the second cut only happens if the upload outlasts the reconnect: not under load).
    const faults = (await stack.sim.call('GET', '/__sim/faults')).body.faults as Array<{ applied: number }>;
    expect(faults.every((fault) => fault.applied >= 1)).toBe(true);
  }, 30000);

  it('long-polls: answers as soon as the job changes, and with the unchanged job on timeout', async () => {
    await stack.sim.call('PATCH', '/__sim/config', { body: { uploadRowsPerSecond: 2 } });
    const jobId = await upload();
    const first = (await stack.bff.call('GET', `/v1/jobs/${jobId}`)).body;
    const started = Date.now();
    const changed = (await stack.bff.call('GET', `/v1/jobs/${jobId}?wait=20&since=${encodeURIComponent(first.updatedAt)}`)).body;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(changed.updatedAt > first.updatedAt).toBe(true);

    await stack.bff.call('DELETE', `/v1/jobs/${jobId}`);
    const cancelled = (await stack.bff.call('GET', `/v1/jobs/${jobId}`)).body;
    expect(cancelled.state).toBe('cancelled');
    const waitStart = Date.now();
    expect((await stack.bff.call('GET', `/v1/jobs/${jobId}?wait=1`)).body.state).toBe('cancelled');
    expect(Date.now() - waitStart).toBeLessThan(500); // a finished job is answered at once
  }, 30000);

  it('replays exactly the missed events after a disconnect (Last-Event-ID)', async () => {
    const first = await readEvents(`${stack.bff.url}/v1/events`, auth, { until: (_e, all) => all.filter((e) => e.event === 'job').length >= 3, timeoutMs: 20000, onOpen: () => void upload() });
    const lastSeen = first.events.filter((e) => e.id).at(-1)!.id!;
    await new Promise((resolve) => setTimeout(resolve, 1500)); // events keep happening while disconnected
    const resumed = await readEvents(`${stack.bff.url}/v1/events`, { ...auth, 'last-event-id': lastSeen }, { until: (e) => e.event === 'job' && e.data.state === 'succeeded', timeoutMs: 20000 });
    expect(resumed.events.some((e) => e.event === 'snapshot')).toBe(false);
    const ids = resumed.events.map((e) => e.id!);
    expect(compareEventIds(ids[0], lastSeen)).toBeGreaterThan(0); // ids compare as (ms, seq, n), not as text
    expect(new Set(ids).size).toBe(ids.length);
    const processedSeq = resumed.events.map((e) => e.data.progress.processed ?? 0);
    expect(processedSeq).toEqual([...processedSeq].sort((a, b) => a - b));
  }, 30000);

  it('shows an app only its own jobs', async () => {
    const jobId = await upload();
    expect((await stack.bff.call('GET', `/v1/jobs/${jobId}`, { as: 'reader' })).status).toBe(404);
    expect((await stack.bff.call('DELETE', `/v1/jobs/${jobId}`, { as: 'reader' })).status).toBe(404);
    const list = (await stack.bff.call('GET', '/v1/jobs?type=cms.cardholder-upload&limit=2')).body;
    expect(list.items).toHaveLength(2);
    expect(list.nextCursor).toEqual(expect.any(String));
    const next = (await stack.bff.call('GET', `/v1/jobs?type=cms.cardholder-upload&limit=2&cursor=${list.nextCursor}`)).body;
    expect(next.items.map((j: { id: string }) => j.id)).not.toContain(list.items[0].id);
    expect((await stack.bff.call('GET', '/v1/jobs', { as: 'reader' })).body.items).toEqual([]);
  }, 30000);

  it('tracks upload work started elsewhere (POST /v1/jobs), refusing unknown ids', async () => {
    const unknown = await stack.bff.call('POST', '/v1/jobs', { body: { type: 'cms.cardholder-upload', upstreamId: 'bat_NOPE', partnerId: 'acme' } });
    expect(unknown.status).toBe(404);
    const started = await stack.bff.call('POST', '/v1/cms/partners/acme/cardholders/upload', { body: uploadRows().slice(0, 2) });
    const again = await stack.bff.call('POST', '/v1/jobs', { body: { type: 'cms.cardholder-upload', upstreamId: started.body.upstream.id, partnerId: 'acme' } });
    expect(again.status).toBe(202);
    expect(again.body.job.id).toBe(started.body.job.id); // the same upstream work is the same job
  });

  it('follows a statement until it is ready, then serves its PDF as the job result', async () => {
    await stack.sim.call('PATCH', '/__sim/config', { body: { statementReadyMs: 300 } });
    const now = new Date();
    const requested = await stack.bff.call('POST', '/v1/wallet/cards/5001/statements', { body: { month: now.getUTCMonth() + 1, year: now.getUTCFullYear() } });
    expect(requested.status).toBe(202);
    const jobId = requested.body.job.id;
    expect((await stack.bff.call('GET', `/v1/jobs/${jobId}/result`)).status).toBe(404);
    const done = await eventually(async () => {
      const job = (await stack.bff.call('GET', `/v1/jobs/${jobId}?wait=5`)).body;
      return job.state === 'succeeded' ? job : undefined;
    });
    expect(done.links.result).toBe(`/v1/jobs/${jobId}/result`);
    const pdf = await fetch(`${stack.bff.url}${done.links.result}`, { headers: auth });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
