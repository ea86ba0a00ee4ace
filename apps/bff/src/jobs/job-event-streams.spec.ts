import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RedisKeys } from '#common';
import { compareEventIds, jobIdFor, JobStore, NewJob } from '#jobs';
import { PrivateRedis, readEvents, ReceivedEvent, RunningBff, RunningSimulator, startBff, startSimulator, TEST_APPS } from '#test-support';

/**
 * SSE resume, ids and snapshots, with jobs written straight into the store (no worker) on a Redis of this suite's own,
 * so that its command counters are this suite's alone.
 */
describe('job event streams: resume, ids, snapshots', () => {
  const app = 'all';
  const auth = { authorization: `Bearer ${TEST_APPS.all.key}` };
  let redisServer: PrivateRedis;
  let client: Redis;
  let store: JobStore;
  let sim: RunningSimulator;
  let bff: RunningBff;
  let prefix: string;

  beforeAll(async () => {
    redisServer = await PrivateRedis.start();
    client = redisServer.connect();
    sim = await startSimulator();
  });
  afterAll(async () => {
    await client.quit();
    await sim.close();
    await redisServer.dispose();
  });
  // Each test its own prefix: its own event history and jobs.
  beforeEach(async () => {
    prefix = `sse-${randomBytes(3).toString('hex')}`;
    const keys = new RedisKeys(prefix);
    store = new JobStore(client, keys);
    bff = await startBff(sim, { prefix, keys, connect: () => redisServer.connect(), cleanup: async () => undefined }, { REDIS_URL: redisServer.url, BFF_SSE_KEEPALIVE_MS: '60000' });
  });
  afterEach(() => bff.close());

  let sequence = 0;
  const newJob = async (state?: NewJob['state']) => {
    const upstreamId = `trx_sse_${++sequence}`;
    const { record } = await store.create({ id: jobIdFor(app, 'middleware.payment-link', upstreamId), app, type: 'middleware.payment-link', upstream: { service: 'middleware', id: upstreamId }, ...(state ? { state } : {}) });
    return record.id;
  };
  const move = async (id: string, state: 'running' | 'succeeded', status: string) => (await store.update(app, id, () => ({ state, progress: { percent: state === 'succeeded' ? 100 : 0, status } }))).eventId!;
  const xrangeCalls = async () => Number(/cmdstat_xrange:calls=(\d+)/.exec(await client.info('commandstats'))?.[1] ?? 0);
  const expectIncreasingIds = (events: ReceivedEvent[]) => {
    expect(events.every((event) => typeof event.id === 'string')).toBe(true);
    for (let i = 1; i < events.length; i++) expect(compareEventIds(events[i - 1].id!, events[i].id!)).toBeLessThan(0);
  };

  it('finding 4: resuming one job’s stream after another job changed delivers its events, with bounded work (no spin)', async () => {
    const a = await newJob();
    const b = await newJob();
    const seen = await move(a, 'running', 'created');
    await move(b, 'running', 'created'); // the other job's event: the resume point must move past it
    const before = await xrangeCalls();
    let aDone = '';
    const { events } = await readEvents(`${bff.url}/v1/jobs/${a}/events`, { ...auth, 'last-event-id': seen }, {
      onOpen: () => void move(a, 'succeeded', 'approved').then((id) => (aDone = id)),
      until: (event) => event.event === 'end',
      timeoutMs: 10000,
    });
    expect(events.map((event) => [event.event, event.data.state ?? event.data.reason])).toEqual([
      ['job', 'succeeded'],
      ['end', 'job finished'],
    ]);
    expect(events[0].id).toBe(aDone);
    expect(events[1].id).toBe(`${aDone}.1`); // the end event has an id of its own
    // One read of the oldest entry and one page of history (the spinning version made tens of thousands).
    expect((await xrangeCalls()) - before).toBeLessThanOrEqual(3);
  });

  it('gives every event its own increasing id: a finished job’s snapshot and end differ, and both resume', async () => {
    const id = await newJob();
    await move(id, 'running', 'created');
    await move(id, 'succeeded', 'approved');
    const first = await readEvents(`${bff.url}/v1/jobs/${id}/events`, auth, { until: (event) => event.event === 'end' });
    expect(first.events.map((event) => event.event)).toEqual(['snapshot', 'end']);
    expectIncreasingIds(first.events);

    for (const resumeFrom of first.events.map((event) => event.id!)) {
      const again = await readEvents(`${bff.url}/v1/jobs/${id}/events`, { ...auth, 'last-event-id': resumeFrom }, { until: (event) => event.event === 'end', timeoutMs: 3000 });
      // Nothing after the job's end: the stream ends again, with an id after the one resumed from.
      expect(again.events.map((event) => event.event)).toEqual(['end']);
      expectIncreasingIds([{ id: resumeFrom, data: null }, ...again.events]);
    }
  });

  it('finding 7: a resync snapshot holds every active job (not 100 + 100) and the jobs that finished during the gap', async () => {
    const running: string[] = [];
    const queued: string[] = [];
    for (let i = 0; i < 130; i++) running.push(await newJob('running'));
    for (let i = 0; i < 120; i++) queued.push(await newJob());
    const early = await newJob();
    const lastSeen = await move(early, 'running', 'created');
    const finishedInGap = await newJob();
    const finishedEvent = await move(finishedInGap, 'succeeded', 'approved');
    // The history up to and including the finishing event is trimmed away (as 25 h or 100,000 events later).
    const [ms, seq] = finishedEvent.split('-').map(Number);
    await client.xtrim(store.eventsKey(app), 'MINID', `${ms}-${seq + 1}`);

    const { events } = await readEvents(`${bff.url}/v1/events`, { ...auth, 'last-event-id': lastSeen }, { until: (event) => event.event === 'snapshot' });
    expect(events.map((event) => event.event)).toEqual(['resync', 'snapshot']);
    expectIncreasingIds([{ id: lastSeen, data: null }, ...events]);
    const jobs = events[1].data.jobs as Array<{ id: string; state: string }>;
    const byId = new Map(jobs.map((job) => [job.id, job.state]));
    expect(jobs).toHaveLength(byId.size);
    for (const id of [...running, early]) expect(byId.get(id)).toBe('running');
    for (const id of queued) expect(byId.get(id)).toBe('queued');
    expect(byId.get(finishedInGap)).toBe('succeeded');
  });

  it('finding 7: a lost history (the stream key is gone) is answered with a resync snapshot, then live events', async () => {
    const id = await newJob();
    const lastSeen = await move(id, 'running', 'created');
    await client.del(store.eventsKey(app));
    let finished: Promise<string> | undefined;
    const finishAfterSnapshot = (event: ReceivedEvent) => {
      if (event.event === 'snapshot') finished = move(id, 'succeeded', 'approved');
      return event.event === 'job';
    };
    const { events } = await readEvents(`${bff.url}/v1/events`, { ...auth, 'last-event-id': lastSeen }, { until: finishAfterSnapshot, timeoutMs: 10000 });
    // The event can reach the stream before the write's own answer reaches this test: wait for both.
    const next = await finished;
    expect(events.map((event) => event.event)).toEqual(['resync', 'snapshot', 'job']);
    expect(events[1].data.jobs.map((job: { id: string }) => job.id)).toEqual([id]);
    expect(events[2]).toMatchObject({ id: next, data: { id, state: 'succeeded' } });
    expectIncreasingIds([{ id: lastSeen, data: null }, ...events]);
  });

  it('replays at most ten pages of history; a client further behind gets the current state', async () => {
    const id = await newJob();
    const lastSeen = await move(id, 'running', 'created');
    // 10,500 events of another job (in the one-JSON-field layout the store still reads).
    const other = (await store.get(app, await newJob()))!;
    const pipeline = client.pipeline();
    for (let i = 0; i < 10_500; i++) pipeline.xadd(store.eventsKey(app), '*', 'e', JSON.stringify({ ...other, progress: { percent: 0, status: `s${i}` } }));
    await pipeline.exec();
    const before = await xrangeCalls();
    const { events } = await readEvents(`${bff.url}/v1/jobs/${id}/events`, { ...auth, 'last-event-id': lastSeen }, { until: (event) => event.event === 'snapshot', timeoutMs: 10000 });
    expect(events.at(-1)).toMatchObject({ event: 'snapshot', data: { id, state: 'running' } });
    expect((await xrangeCalls()) - before).toBeLessThanOrEqual(12);
  });
});
