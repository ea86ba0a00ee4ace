// Issue 8, item 4: job tracking at scale. N payment links are created through the BFF (`POST /v1/middleware/
// transactions` answers 202 with the job that follows each), one worker polls them all, and the simulator finishes
// them at random moments spread over about a minute (the harness ends each link through the control plane and keeps
// the moment Migo recorded). Measured: worker CPU, Redis memory per tracked job, upstream polls per second, and the
// notification lag from each upstream completion to its `succeeded` event on an SSE client of `GET /v1/events`.
// The same run goes on one Redis server or, for issue 19, on a private 3-master Redis Cluster (`cluster: true`).
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { followEvents } from './lib/event-follower.mjs';
import { loggedProblems } from './lib/log-problems.mjs';
import { cpuMeter } from './lib/processes.mjs';
import { closeMasters, configSet, connectionsByName, connectMasters, memoryByKind, redisInfo } from './lib/redis-usage.mjs';
import { SimulatorControl } from './lib/simulator-control.mjs';
import { benchApps, benchSecrets, startBenchCluster, startBff, startRedis, startSimulator, startWorker } from './lib/stack.mjs';
import { percentile, round } from './lib/stats.mjs';

const POLL_ROUTE = /^GET \/mw\/transactions\/:uid$/;
const CLIENT_CONCURRENCY = 32;
const CREATED_VIA = 'POST /v1/middleware/transactions (202 with the job)';

/** JSON over a keep-alive pool of the harness's own. */
export function jsonClient() {
  const agent = new Agent({ connections: CLIENT_CONCURRENCY * 2 });
  return {
    async call(method, url, { headers = {}, body } = {}) {
      const response = await request(url, { method, dispatcher: agent, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers }, body: body ? JSON.stringify(body) : undefined });
      const text = await response.body.text();
      return { status: response.statusCode, body: text ? JSON.parse(text) : undefined };
    },
    close: () => agent.close(),
  };
}

/** Runs `task(i)` for i in [0, count) with at most `concurrency` in flight, in order of i. */
export async function pool(count, concurrency, task) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count) await task(next++);
  }));
}

export async function waitUntil(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(250);
  }
}

/** Every job event the app's SSE client sees: which jobs run, when each succeeded, and that event's own trip. */
export async function watchJobs(bffUrl, apiKey) {
  const running = new Set();
  const succeededAt = new Map();
  const tripMs = [];
  const events = await followEvents(`${bffUrl}/v1/events`, apiKey, (job, receivedAt) => {
    if (job.state === 'running') running.add(job.id);
    if (job.state === 'succeeded' && !succeededAt.has(job.id)) {
      succeededAt.set(job.id, receivedAt);
      // updatedAt is when the worker stored the outcome it had just polled: from there on it is the event's trip.
      tripMs.push(receivedAt - Date.parse(job.updatedAt));
    }
  });
  const alive = () => {
    if (events.failure()) throw new Error(`the SSE client's stream broke: ${events.failure()}`);
    return true;
  };
  return { running, succeededAt, tripMs, alive, stop: () => events.stop() };
}

/** Creates `count` payment links through the BFF; each answer carries the job that follows the link. */
export async function createTrackedLinks(client, bffUrl, apiKey, count) {
  const uids = new Array(count);
  const jobOfUid = new Map();
  await pool(count, CLIENT_CONCURRENCY, async (i) => {
    const created = await client.call('POST', `${bffUrl}/v1/middleware/transactions`, {
      headers: { authorization: `Bearer ${apiKey}` },
      body: { amount: 10, userId: `bench-${i}@example.gt`, channel: 'web', client: 'acme' },
    });
    if (created.status !== 202) throw new Error(`POST /v1/middleware/transactions answered ${created.status}: ${JSON.stringify(created.body).slice(0, 300)}`);
    uids[i] = created.body.upstream.uid;
    jobOfUid.set(created.body.upstream.uid, created.body.job.id);
  });
  return { uids, jobOfUid };
}

/** Ends every link at a random moment of the window (uniformly, in random order); resolves to uid → completion time. */
export async function finishLinks(client, simUrl, uids, windowMs) {
  const schedule = uids.map((uid) => ({ uid, at: Math.random() * windowMs })).sort((a, b) => a.at - b.at);
  const completedAt = new Map();
  const start = performance.now();
  await pool(schedule.length, CLIENT_CONCURRENCY, async (i) => {
    const { uid, at } = schedule[i];
    const wait = at - (performance.now() - start);
    if (wait > 0) await sleep(wait);
    const answer = await client.call('POST', `${simUrl}/__sim/middleware/transactions/${uid}/outcome`, { body: { status: 'approved' } });
    if (answer.status !== 200) throw new Error(`outcome of ${uid}: ${answer.status}`);
    completedAt.set(uid, Date.parse(answer.body.transaction.updatedAt));
  });
  return completedAt;
}

/** Counts the worker's upstream polls (the simulator's request counter of the lookup route) about every second. */
export function samplePolls(control) {
  const samples = [];
  const count = async () => Object.entries((await control.stats()).requests).filter(([route]) => POLL_ROUTE.test(route)).reduce((sum, [, n]) => sum + n, 0);
  let sampling = true;
  const done = (async () => {
    let last = { count: await count(), at: performance.now() };
    while (sampling) {
      await sleep(1000);
      const now = { count: await count(), at: performance.now() };
      samples.push({ polls: now.count - last.count, seconds: (now.at - last.at) / 1000 });
      last = now;
    }
  })();
  return {
    stop: async () => {
      sampling = false;
      await done;
      return samples;
    },
  };
}

export function pollFigures(samples, settlingSeconds) {
  const sum = (list, key) => list.reduce((total, sample) => total + sample[key], 0);
  const settling = samples.slice(0, Math.max(1, Math.floor(settlingSeconds)));
  // The limiter counts in fixed windows, so a sliding 1 s sample can straddle two of them; 10 s windows cannot.
  const tenSecondRates = samples.slice(0, -9).map((_, i) => sum(samples.slice(i, i + 10), 'polls') / sum(samples.slice(i, i + 10), 'seconds'));
  return {
    total: sum(samples, 'polls'),
    meanWhileSettling: round(sum(settling, 'polls') / sum(settling, 'seconds'), 0),
    maxPerSecond: round(Math.max(0, ...samples.map((sample) => sample.polls / sample.seconds)), 0),
    maxPer10Seconds: round(Math.max(0, ...tenSecondRates), 0),
  };
}

/**
 * @param {{ jobs: number, settleSeconds: number, pollMs: number, pollsPerSecond: number, redisConfig: Record<string, string>, cluster?: boolean }} settings
 *   `redisConfig`: CONFIG SET on the benchmark's Redis first (e.g. to try another encoding threshold), on every master of a cluster
 *   `cluster`: the stack runs on a private 3-master Redis Cluster instead of the benchmark's one Redis
 */
export async function runJobScale(settings, log) {
  const secrets = benchSecrets();
  const redis = settings.cluster ? await startBenchCluster(log) : await startRedis(log);
  const client = jsonClient();
  const started = [];
  let masters = [];
  try {
    masters = await connectMasters(redis);
    await configSet(masters, settings.redisConfig);
    const [, listpackValue] = /** @type {string[]} */ (await masters[0].config('GET', 'hash-max-listpack-value'));
    // The harness decides when each link is paid, so the simulator's own settle timer is pushed out of the way.
    const sim = await startSimulator(secrets, { SIM_PAYMENT_LINK_SETTLE_MS: String(24 * 3_600_000) });
    started.push(sim.process);
    const [app] = benchApps(1);
    const bff = await startBff(sim.url, secrets, redis, [app]);
    started.push(bff.process);
    const worker = await startWorker(sim.url, secrets, redis, {
      TRACKER_MIN_POLL_MS: String(settings.pollMs),
      TRACKER_MAX_POLL_MS: String(settings.pollMs),
      TRACKER_POLLS_PER_SECOND: String(settings.pollsPerSecond),
    });
    started.push(worker);
    await sleep(500);
    const baseline = await redisInfo(masters);
    const watch = await watchJobs(bff.url, app.key);

    log(`  ${redis.label}: creating ${settings.jobs} payment links through the BFF (202 + job each)…`);
    const createStarted = performance.now();
    const { uids, jobOfUid } = await createTrackedLinks(client, bff.url, app.key, settings.jobs);
    const createSeconds = (performance.now() - createStarted) / 1000;
    log(`  ${settings.jobs} jobs registered in ${round(createSeconds, 1)} s (${round(settings.jobs / createSeconds, 0)}/s) via ${CREATED_VIA}`);

    // Steady state: every job has been polled once and re-armed, then a full poll interval more.
    await waitUntil(() => watch.alive() && watch.running.size >= settings.jobs, Math.max(120_000, (2 * settings.jobs * 1000) / settings.pollsPerSecond), 'every job to be running');
    await sleep(settings.pollMs);
    const tracking = await redisInfo(masters);
    const { kinds: byKind, keysPerMaster } = await memoryByKind(masters, redis.prefix);
    const connections = await connectionsByName(masters, redis.prefix);
    log(`  all ${settings.jobs} jobs running; Redis +${round((tracking.usedMemory - baseline.usedMemory) / settings.jobs, 0)} B per tracked job`);

    log(`  finishing them at random moments over ${settings.settleSeconds} s…`);
    const polls = samplePolls(new SimulatorControl(sim.url));
    const cpu = { worker: cpuMeter(worker), bff: cpuMeter(bff.process), simulator: cpuMeter(sim.process) };
    const redisCpuStart = (await redisInfo(masters)).cpuSeconds;
    const windowStart = performance.now();
    const completedAt = await finishLinks(client, sim.url, uids, settings.settleSeconds * 1000);
    const settlingSeconds = (performance.now() - windowStart) / 1000;
    await waitUntil(() => watch.alive() && watch.succeededAt.size >= settings.jobs, settings.pollMs * 3 + 60_000, 'every succeeded event').catch((error) => log(`  ${error.message}`));
    const windowSeconds = (performance.now() - windowStart) / 1000;
    const pollSamples = await polls.stop();
    const used = { worker: cpu.worker(), bff: cpu.bff(), simulator: cpu.simulator() };
    const redisCpuSeconds = (await redisInfo(masters)).cpuSeconds - redisCpuStart;
    await watch.stop();
    await sleep(1000);
    const after = await redisInfo(masters);

    const workerRssMiB = worker.rssMiB();
    // Stopped here rather than below so that their buffered log lines are written before they are read.
    await Promise.all(started.map((p) => p.stop()));
    const problemsLogged = { bff: loggedProblems(bff.process), worker: loggedProblems(worker) };

    const lags = [...completedAt].map(([uid, at]) => watch.succeededAt.get(jobOfUid.get(uid)) - at).filter((lag) => !Number.isNaN(lag));
    const pollStats = pollFigures(pollSamples, settlingSeconds);
    return {
      redisLabel: redis.label,
      jobs: settings.jobs,
      type: 'middleware.payment-link',
      registeredVia: CREATED_VIA,
      registerSeconds: round(createSeconds, 1),
      pollIntervalMs: settings.pollMs,
      pollBudgetPerSecond: settings.pollsPerSecond,
      settleSeconds: settings.settleSeconds,
      windowSeconds: round(windowSeconds, 1),
      notified: watch.succeededAt.size,
      lag: { p50: percentile(lags, 50), p90: percentile(lags, 90), p99: percentile(lags, 99), max: percentile(lags, 100), samples: lags.length },
      pipelineLag: { p50: percentile(watch.tripMs, 50), p99: percentile(watch.tripMs, 99), max: percentile(watch.tripMs, 100) },
      polls: pollStats,
      cpu: {
        worker: { percentOfOneCore: round(used.worker.percentOfOneCore, 0), msPerPoll: round((1000 * used.worker.seconds) / Math.max(1, pollStats.total), 2) },
        bff: { percentOfOneCore: round(used.bff.percentOfOneCore, 0) },
        simulator: { percentOfOneCore: round(used.simulator.percentOfOneCore, 0) },
        redis: { percentOfOneCore: round((100 * redisCpuSeconds) / used.worker.wallSeconds, 0) },
      },
      workerRssMiB: round(workerRssMiB, 0),
      problemsLogged,
      redis: {
        config: settings.redisConfig,
        hashMaxListpackValue: Number(listpackValue),
        bytesPerTrackedJob: round((tracking.usedMemory - baseline.usedMemory) / settings.jobs, 0),
        bytesPerFinishedJob: round((after.usedMemory - baseline.usedMemory) / settings.jobs, 0),
        byKind: Object.fromEntries(Object.entries(byKind).map(([kind, v]) => [kind, { keys: v.keys, keysPerMaster: v.keysPerMaster, bytesPerJob: round(v.bytes / settings.jobs, 0) }])),
        masters: keysPerMaster.map((keys, i) => ({ keys, trackedBytes: tracking.usedMemoryPerMaster[i] - baseline.usedMemoryPerMaster[i] })),
        clientsWhileTracking: tracking.clients,
        connectionsByName: connections,
        owned: redis.owned,
      },
    };
  } finally {
    await Promise.all(started.map((p) => p.stop()));
    await closeMasters(masters);
    await redis.stop();
    await client.close();
  }
}
