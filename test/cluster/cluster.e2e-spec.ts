import { randomUUID } from 'node:crypto';
import { eventually } from '#test-support';
import { ClusterStack } from './cluster-stack.js';

/**
 * Two BFF and two worker processes over one 3-master Redis Cluster: the state they share (sessions, idempotency, rate
 * limits, jobs and their events) holds across instances, as on one Redis.
 */
describe('N BFF and N workers on a Redis Cluster (e2e)', () => {
  let stack: ClusterStack;

  beforeAll(async () => {
    stack = await ClusterStack.start();
  }, 90_000);
  afterAll(async () => {
    const unhandled = stack?.unhandled() ?? [];
    await stack?.stop();
    expect(unhandled).toEqual([]);
  }, 60_000);

  it('reports both BFFs ready on the cluster', async () => {
    for (const url of stack.bffUrls) expect((await fetch(`${url}/health/ready`)).status).toBe(200);
  });

  it('applies 20 concurrent transfers with one Idempotency-Key, spread over both BFFs, exactly once at Migo', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => stack.transfer(i % 2, key)));
    const statuses = answers.map((answer) => answer.status);
    // One ran; the others waited for it and replayed its answer, or were told the key is in use.
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(await stack.transfersApplied(key)).toBe(1);
    const replay = await stack.transfer(1, key);
    expect(replay.status).toBe(201);
    expect(await stack.transfersApplied(key)).toBe(1);
  });

  it("holds an app's rate limit across both instances", async () => {
    // Clear of a window boundary (60 s windows), so the whole burst counts against one window.
    if (Date.now() % 60_000 > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - (Date.now() % 60_000) + 50));
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => stack.call(i % 2, 'GET', '/v1/wallet/cards/5001', { as: 'limited' })));
    const admitted = answers.filter((answer) => answer.status === 200).length;
    expect(answers.every((answer) => answer.status === 200 || answer.status === 429)).toBe(true);
    expect(admitted).toBeGreaterThanOrEqual(1);
    expect(admitted).toBeLessThanOrEqual(5);
  });

  it('tracks a job started through BFF 1 on either worker, with its events on BFF 2, and replays exactly the missed ones', async () => {
    let id = '';
    const live = await stack.events(1, () => id, { onOpen: () => void stack.startUpload(0, 20, 5101).then((jobId) => (id = jobId)) });
    const mine = live.events.filter((event) => event.event === 'job' && event.data.id === id);
    expect(mine[0].data.state).toBe('queued');
    expect(mine.length).toBeGreaterThanOrEqual(2);
    expect(mine.at(-1)!.data).toMatchObject({ state: 'succeeded', progress: { processed: 20 } });
    expect(new Set(mine.map((event) => event.id)).size).toBe(mine.length);

    // A client that saw only the first event reconnects to BFF 2 with Last-Event-ID: it gets exactly the rest.
    const replay = await stack.events(1, () => id, { lastEventId: mine[0].id });
    const replayed = replay.events.filter((event) => event.event === 'job' && event.data.id === id);
    expect(replayed.map((event) => event.id)).toEqual(mine.slice(1).map((event) => event.id));
    // And the same from BFF 1: every instance serves the same history.
    const elsewhere = await stack.events(0, () => id, { lastEventId: mine[0].id });
    expect(elsewhere.events.filter((event) => event.event === 'job' && event.data.id === id).map((event) => event.id)).toEqual(mine.slice(1).map((event) => event.id));
  });

  it('logs in to Migo once per credential for all four processes', async () => {
    // Both BFFs call the wallet and start CMS uploads; the workers read the uploads' progress with the same sessions.
    await Promise.all([0, 1].map((bff) => stack.call(bff, 'GET', '/v1/wallet/cards/5001')));
    const jobs = await Promise.all([0, 1].map((bff) => stack.startUpload(bff, 2, 5121 + bff * 10)));
    for (const id of jobs) await eventually(async () => ((await stack.call(0, 'GET', `/v1/jobs/${id}`)).body.state === 'succeeded' ? true : undefined), 20_000);
    const { logins } = await stack.simStats();
    expect(logins).toMatchObject({ wallet: 1, cmsApp: 1, cmsUser: 1 });
  });
});
