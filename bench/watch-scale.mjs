// Issue 17: watches at scale. N watches (subscriptions, spread over several apps: one watch per object per app) and M
// tracked jobs (payment links that stay pending) on one worker, against the simulator. Renewals are charged at random
// moments through the simulator's control plane; each one is a `watch` event on the SSE stream (`GET /v1/events`) of
// every app watching that subscription. Measured: upstream polls per second (watch + tracker polls, which share the
// per-upstream budget) against TRACKER_POLLS_PER_SECOND, and the notification lag from each renewal (its
// payment-history entry's time) to its event, against the poll interval.
//
//   npm run build && node bench/watch-scale.mjs --watches=200 --jobs=1000 --poll-ms=15000 --polls-per-second=100 --window-seconds=30
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { parseSse } from '#cms';
import { SimulatorControl } from './lib/simulator-control.mjs';
import { benchApps, benchSecrets, startBff, startRedis, startSimulator, startWorker } from './lib/stack.mjs';
import { percentile, round } from './lib/stats.mjs';

const SUBSCRIPTIONS = ['sub_01HAAA', 'sub_01HAAB', 'sub_01HBBB', 'sub_01HDDD', 'sub_01HEEE', 'sub_01HIII'];
const POLL_ROUTES = /^GET \/mw\/(transactions\/:uid|v1\/subscriptions\/payment-history|v1\/subscriptions\/detail\/:subUid)$/;
// A subscription watch reads its payment history and its detail in turn, one call per poll: both are its polls.
const WATCH_ROUTES = ['GET /mw/v1/subscriptions/payment-history', 'GET /mw/v1/subscriptions/detail/:subUid'];
/** Upstream reads per watch per WATCH_POLL_MS (the subscription watcher's readsPerCycle). */
const READS_PER_WATCH = 2;

const { values: args } = parseArgs({
  options: {
    watches: { type: 'string', default: '1000' },
    jobs: { type: 'string', default: '10000' },
    'poll-ms': { type: 'string', default: '20000' },
    'polls-per-second': { type: 'string', default: '600' },
    'window-seconds': { type: 'string', default: '60' },
    renewals: { type: 'string', default: '60' },
  },
});

const settings = {
  watches: Number(args.watches),
  jobs: Number(args.jobs),
  pollMs: Number(args['poll-ms']),
  pollsPerSecond: Number(args['polls-per-second']),
  windowSeconds: Number(args['window-seconds']),
  renewals: Number(args.renewals),
};

const agent = new Agent({ connections: 64 });
async function call(method, url, { key, body } = {}) {
  const response = await request(url, { method, dispatcher: agent, headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const text = await response.body.text();
  return { status: response.statusCode, body: text ? JSON.parse(text) : undefined };
}

async function pool(count, concurrency, task) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await task(next++);
  }));
}

/** Every `watch` event of one app's stream: entry uid → the moments it arrived (one per watching app). */
async function followWatchEvents(url, key, onWatch) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' }, signal: controller.signal });
  if (response.status !== 200) throw new Error(`GET /v1/events answered ${response.status}`);
  const done = (async () => {
    try {
      for await (const message of parseSse(response.body)) if (message.event === 'watch') onWatch(JSON.parse(message.data), Date.now());
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    }
  })();
  return async () => {
    controller.abort();
    await done.catch(() => undefined);
  };
}

async function pollCounts(control) {
  const requests = (await control.stats()).requests;
  const total = Object.entries(requests).filter(([route]) => POLL_ROUTES.test(route)).reduce((sum, [, n]) => sum + n, 0);
  return { total, watches: WATCH_ROUTES.reduce((sum, route) => sum + (requests[route] ?? 0), 0) };
}

async function main() {
  const log = (line) => process.stdout.write(`${line}\n`);
  const secrets = benchSecrets();
  const redis = await startRedis(log);
  const started = [];
  const stops = [];
  try {
    const sim = await startSimulator(secrets, { SIM_PAYMENT_LINK_SETTLE_MS: String(24 * 3_600_000) });
    started.push(sim.process);
    const control = new SimulatorControl(sim.url);
    const apps = benchApps(Math.ceil(settings.watches / SUBSCRIPTIONS.length));
    const bff = await startBff(sim.url, secrets, redis, apps, { env: { BFF_WATCHES_PER_APP: String(SUBSCRIPTIONS.length) } });
    started.push(bff.process);
    const worker = await startWorker(sim.url, secrets, redis, {
      TRACKER_MIN_POLL_MS: String(settings.pollMs),
      TRACKER_MAX_POLL_MS: String(settings.pollMs),
      WATCH_POLL_MS: String(settings.pollMs),
      TRACKER_POLLS_PER_SECOND: String(settings.pollsPerSecond),
    });
    started.push(worker);

    // entry uid → arrival times; every app watching its subscription must get one.
    const arrivals = new Map();
    for (const app of apps) stops.push(await followWatchEvents(`${bff.url}/v1/events`, app.key, (event, at) => {
      const uid = event.change.entry?.uid;
      if (uid) arrivals.set(uid, [...(arrivals.get(uid) ?? []), at]);
    }));

    log(`  creating ${settings.watches} watches over ${apps.length} apps and ${settings.jobs} tracked payment links…`);
    const watchers = new Map(SUBSCRIPTIONS.map((sub) => [sub, 0]));
    await pool(settings.watches, 32, async (i) => {
      const app = apps[Math.floor(i / SUBSCRIPTIONS.length)];
      const subUid = SUBSCRIPTIONS[i % SUBSCRIPTIONS.length];
      const created = await call('POST', `${bff.url}/v1/watches`, { key: app.key, body: { type: 'middleware.subscription', upstreamId: subUid } });
      if (created.status !== 201) throw new Error(`POST /v1/watches answered ${created.status}: ${JSON.stringify(created.body).slice(0, 300)}`);
      watchers.set(subUid, watchers.get(subUid) + 1);
    });
    await pool(settings.jobs, 32, async (i) => {
      const created = await call('POST', `${bff.url}/v1/middleware/transactions`, { key: apps[0].key, body: { amount: 10, userId: `bench-${i}@example.gt`, channel: 'web', client: 'acme' } });
      if (created.status !== 202) throw new Error(`POST /v1/middleware/transactions answered ${created.status}`);
    });

    // Steady state: every watch and job polled once (at the budget) and re-armed.
    const firstRound = ((settings.watches + settings.jobs) / settings.pollsPerSecond) * 1000;
    await sleep(firstRound + 2000);

    log(`  charging ${settings.renewals} renewals at random moments over ${settings.windowSeconds} s…`);
    const before = await pollCounts(control);
    const windowStart = performance.now();
    const renewedAt = new Map();
    const schedule = Array.from({ length: settings.renewals }, (_, i) => ({ subUid: SUBSCRIPTIONS[i % SUBSCRIPTIONS.length], at: Math.random() * settings.windowSeconds * 1000 })).sort((a, b) => a.at - b.at);
    const samples = [];
    let sampling = true;
    const sampler = (async () => {
      let last = { ...(await pollCounts(control)), at: performance.now() };
      while (sampling) {
        await sleep(1000);
        const now = { ...(await pollCounts(control)), at: performance.now() };
        samples.push({ polls: now.total - last.total, seconds: (now.at - last.at) / 1000 });
        last = now;
      }
    })();
    for (const { subUid, at } of schedule) {
      const wait = at - (performance.now() - windowStart);
      if (wait > 0) await sleep(wait);
      const renewed = await call('POST', `${sim.url}/__sim/middleware/subscriptions/${subUid}/run-renewal`, { body: { outcome: 'approved' } });
      if (renewed.status !== 200) throw new Error(`run-renewal ${subUid}: ${renewed.status}`);
      renewedAt.set(renewed.body.entry.uid, { at: Date.parse(renewed.body.entry.createdAt), expected: watchers.get(subUid) });
    }
    // Every renewal's events: at most a poll interval after the last one, plus slack.
    const deadline = Date.now() + settings.pollMs + 10_000;
    while (Date.now() < deadline && [...renewedAt].some(([uid, r]) => (arrivals.get(uid)?.length ?? 0) < r.expected)) await sleep(250);
    const windowSeconds = (performance.now() - windowStart) / 1000;
    sampling = false;
    await sampler;
    const after = await pollCounts(control);

    const lags = [...renewedAt].flatMap(([uid, r]) => (arrivals.get(uid) ?? []).map((at) => at - r.at));
    const expectedEvents = [...renewedAt.values()].reduce((sum, r) => sum + r.expected, 0);
    const duplicates = [...renewedAt].filter(([uid, r]) => (arrivals.get(uid)?.length ?? 0) > r.expected).length;
    const tenSecond = samples.slice(0, -9).map((_, i) => samples.slice(i, i + 10).reduce((s, x) => s + x.polls, 0) / samples.slice(i, i + 10).reduce((s, x) => s + x.seconds, 0));
    const result = {
      note: 'one run on this machine: compare runs of the same machine only',
      watches: settings.watches,
      apps: apps.length,
      trackedJobs: settings.jobs,
      pollIntervalMs: settings.pollMs,
      pollBudgetPerSecond: settings.pollsPerSecond,
      wantedPollsPerSecond: round(((settings.watches * READS_PER_WATCH + settings.jobs) * 1000) / settings.pollMs, 1),
      polls: {
        total: after.total - before.total,
        watchPolls: after.watches - before.watches,
        meanPerSecond: round((after.total - before.total) / windowSeconds, 1),
        maxPerSecond: round(Math.max(0, ...samples.map((s) => s.polls / s.seconds)), 1),
        maxPer10Seconds: round(Math.max(0, ...tenSecond), 1),
      },
      events: { expected: expectedEvents, received: lags.length, renewalsWithDuplicates: duplicates },
      lagMs: { p50: percentile(lags, 50), p90: percentile(lags, 90), p99: percentile(lags, 99), max: percentile(lags, 100), boundPollPlus250: settings.pollMs + 250 },
    };
    log(JSON.stringify(result, null, 2));
  } finally {
    for (const stop of stops) await stop();
    await Promise.all(started.map((p) => p.stop()));
    await redis.stop();
    await agent.close();
  }
}

await main();
