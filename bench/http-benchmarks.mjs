// Issue 8, items 1–3: what a request through the BFF costs next to Migo itself and next to a bare proxy.
//   (a) the simulator directly, (b) a bare node:http + undici proxy, (c) the BFF's Wallet pass-through route,
//   (d) the cardholder view with 20 ms of injected latency on every upstream call (view cache off: TTL 0),
//   (e) the BFF's floor (/health/live), and the peers of bench/peers/ (issue 18) in front of the same route: (f) a
//   typical NestJS BFF (Express, @nestjs/axios, a guard, a pino line, a histogram), (g) a minimal Nest + Fastify route.
// (a)–(c), (e)–(g) are measured in rounds, each round in a rotated order, so the ratios compare runs taken side by side.
import { setTimeout as sleep } from 'node:timers/promises';
import { measure } from './lib/load.mjs';
import { openLoop } from './lib/open-loop.mjs';
import { loadAverage } from './lib/machine.mjs';
import { cpuMeter } from './lib/processes.mjs';
import { loopReport, scrapeMetrics } from './lib/prom.mjs';
import { requestDelta, SimulatorControl } from './lib/simulator-control.mjs';
import { benchApps, benchSecrets, startBareProxy, startBff, startPeers, startRedis, startSimulator, startWorker } from './lib/stack.mjs';
import { percentile, round } from './lib/stats.mjs';

const CARD_PATH = '/cards/5001';
const VIEW_PATH = '/v1/views/partners/acme/cardholders/1';
const VIEW_SOURCE_LATENCY_MS = 20;
const LIGHT_VIEW_CONNECTIONS = 4;

/** One closed-loop run (or an open-loop one, with `extra.rate`) plus the CPU each process on the path used per request. */
async function run(target, settings, extra = {}) {
  const meters = target.processes.map((p) => [p.name, null, p]);
  if (settings.warmupSeconds > 0) await measure({ url: target.url, headers: target.headers, connections: settings.connections, seconds: settings.warmupSeconds, warmupSeconds: 0, ...extra });
  for (const meter of meters) meter[1] = cpuMeter(meter[2]);
  const result = extra.rate
    ? await openLoop({ url: target.url, headers: target.headers, connections: settings.connections, seconds: settings.seconds, rate: extra.rate })
    : await measure({ url: target.url, headers: target.headers, connections: settings.connections, seconds: settings.seconds, warmupSeconds: 0, ...extra });
  const cpu = Object.fromEntries(meters.map(([name, done]) => {
    const used = done();
    return [name, { percentOfOneCore: round(used.percentOfOneCore, 0), msPerRequest: round((1000 * used.seconds) / Math.max(1, result.requests), 3) }];
  }));
  return { ...result, cpu };
}

async function expectOk(name, url, headers) {
  const response = await fetch(url, { headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${name}: GET ${url} answered ${response.status} before the benchmark: ${body.slice(0, 300)}`);
}

/**
 * Per request of the view: its latency at the client minus its slowest source's time (as the BFF timed that source,
 * reported in the body's `sources`), so the figure is what fanning out and merging added on top of the slowest source.
 */
function viewOverheadCollector() {
  const overheads = [];
  const slowest = [];
  const partial = { count: 0 };
  const setupClient = (client) => {
    let lastBody;
    client.on('body', (body) => (lastBody = body));
    client.on('response', (status, _bytes, responseTime) => {
      if (status !== 200 || !lastBody) return;
      try {
        const view = JSON.parse(lastBody.toString('utf8'));
        const sourceMs = Math.max(...Object.values(view.sources ?? {}).map((report) => report.ms ?? 0));
        if (view.partial) partial.count++;
        slowest.push(sourceMs);
        overheads.push(responseTime - sourceMs);
      } catch {
        /* not a view body: counted by autocannon as a response, ignored here */
      }
    });
  };
  return { setupClient, overheads, slowest, partial };
}

async function measureView(ctx, settings, log) {
  const { bff, sim, control, apps } = ctx;
  const probe = await fetch(`${bff.url}${VIEW_PATH}`, { headers: { authorization: `Bearer ${apps[0].key}` } });
  await probe.arrayBuffer();
  if (probe.status === 404) return { pending: true, reason: `GET ${VIEW_PATH} answered 404: the cardholder view route is not in this build yet` };
  if (probe.status !== 200) return { pending: true, reason: `GET ${VIEW_PATH} answered ${probe.status}` };

  await control.addFault({ surface: '*', latencyMs: VIEW_SOURCE_LATENCY_MS });
  try {
    const loaded = await measureViewAt(ctx, settings, settings.connections, log);
    // The same view with few connections: what the fan-out adds when the BFF is not short of CPU.
    const light = await measureViewAt(ctx, settings, LIGHT_VIEW_CONNECTIONS, log);
    return { pending: false, injectedLatencyMs: VIEW_SOURCE_LATENCY_MS, ...loaded, light };
  } finally {
    await control.clearFaults();
  }
}

async function measureViewAt(ctx, settings, connections, log) {
  const { bff, sim, control, apps } = ctx;
  // Every connection is its own app: the BFF shares identical in-flight view computations per app, and with one
  // app 32 connections would mostly ride on each other's fan-out instead of each making its own.
  const perApp = (client, index) => client.setHeaders({ authorization: `Bearer ${apps[index].key}` });
  const target = { url: `${bff.url}${VIEW_PATH}`, headers: {}, processes: [bff.process, sim.process] };
  await measure({ url: target.url, connections, seconds: settings.warmupSeconds, warmupSeconds: 0, setupClient: perApp });
  const before = await control.stats();
  const collector = viewOverheadCollector();
  const result = await run(target, { ...settings, connections, warmupSeconds: 0, seconds: settings.viewSeconds }, {
    setupClient: (client, index) => {
      perApp(client, index);
      collector.setupClient(client);
    },
  });
  const upstream = requestDelta(before, await control.stats());
  const upstreamTotal = Object.values(upstream).reduce((a, b) => a + b, 0);
  log(`  (d) view, ${connections} connections: ${round(result.rps, 0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms; view − slowest source p99 ${round(percentile(collector.overheads, 99), 1)} ms`);
  return {
    connections,
    result,
    slowestSource: { p50: percentile(collector.slowest, 50), p99: percentile(collector.slowest, 99) },
    overhead: { p50: percentile(collector.overheads, 50), p99: percentile(collector.overheads, 99), samples: collector.overheads.length },
    partialViews: collector.partial.count,
    upstreamCallsPerView: round(upstreamTotal / Math.max(1, result.requests), 2),
    upstreamRoutes: upstream,
  };
}

/**
 * Open loop at the same fixed rate for (a) and (c), a quarter of what the BFF just sustained (issue 18): latency added
 * by the hop while neither side is saturated (in the closed-loop runs every connection queues behind the others, so
 * their latencies measure capacity as much as cost). The warm-up is the closed loop's.
 */
async function measurePaced(targets, settings, rate, log) {
  const paced = {};
  let loop;
  for (const name of ['direct', 'bff']) {
    // Around the BFF's run: how late its event loop ran and how much it collected garbage meanwhile.
    const before = name === 'bff' ? await scrapeMetrics(targets.bff.metricsUrl, targets.bff.headers) : undefined;
    paced[name] = await run(targets[name], { ...settings, warmupSeconds: 0 }, { rate });
    if (before) loop = loopReport(before, await scrapeMetrics(targets.bff.metricsUrl, targets.bff.headers));
    log(`  open loop ${rate}/s ${name.padEnd(6)} p50 ${round(paced[name].p50, 1)} ms  p99 ${round(paced[name].p99, 1)} ms${loop && name === 'bff' ? `  (event loop: p99 delay ≤ ${loop.p99DelayMs} ms, ${loop.over5ms} of ${loop.samples} samples over 5 ms; GC ${loop.gcCount} pauses, ${loop.gcMs} ms)` : ''}`);
  }
  return { rate, connections: settings.connections, ...paced, loop };
}

/** A CPU profile of the BFF while `load` runs; rough figures, not counted in the results (the profiler slows it). */
async function profiled(bff, nth, load) {
  bff.process.send('cpu-profile:start');
  await sleep(200);
  const result = await load();
  bff.process.send('cpu-profile:stop');
  const [, file] = await bff.process.waitFor(new RegExp(`cpu profile written to (\\S+-${nth}\\.cpuprofile)`));
  return { file, rps: round(result.rps, 0) };
}

/** Profiles of (c) and of (d) at full connections, each under its own load. */
async function profileBff(ctx, settings, log) {
  const { bff, control, apps } = ctx;
  log('  profiling the BFF under the (c) load…');
  const passThrough = await profiled(bff, 1, () =>
    measure({ url: `${bff.url}/v1/wallet${CARD_PATH}`, headers: { authorization: `Bearer ${apps[0].key}` }, connections: settings.connections, seconds: settings.seconds, warmupSeconds: 0 }),
  );
  log('  profiling the BFF under the (d) load…');
  await control.addFault({ surface: '*', latencyMs: VIEW_SOURCE_LATENCY_MS });
  try {
    const perApp = (client, index) => client.setHeaders({ authorization: `Bearer ${apps[index].key}` });
    const view = await profiled(bff, 2, () => measure({ url: `${bff.url}${VIEW_PATH}`, connections: settings.connections, seconds: settings.viewSeconds, warmupSeconds: 0, setupClient: perApp }));
    return { ...passThrough, view };
  } finally {
    await control.clearFaults();
  }
}

/**
 * @param {object} settings connections, seconds, warmupSeconds, rounds, viewSeconds, pacedFraction, pacedRate? (a fixed
 *   rate instead of the fraction), profileDir?, compareRoot?, peers (default true)
 * @param {(line: string) => void} log
 */
export async function runHttpBenchmarks(settings, log) {
  const secrets = benchSecrets();
  const redis = await startRedis(log);
  const started = [];
  try {
    const sim = await startSimulator(secrets);
    started.push(sim.process);
    const control = new SimulatorControl(sim.url);
    const apps = benchApps(settings.connections);
    const statsAtStart = await control.stats();
    const bff = await startBff(sim.url, secrets, redis, apps, { env: { VIEW_TTL_CARDHOLDER_SECONDS: '0' }, profileDir: settings.profileDir });
    started.push(bff.process);
    const worker = await startWorker(sim.url, secrets, redis);
    started.push(worker);
    const compare = settings.compareRoot
      ? await startBff(sim.url, secrets, redis, apps, { env: { VIEW_TTL_CARDHOLDER_SECONDS: '0' }, root: settings.compareRoot, name: 'bff-compare' })
      : undefined;
    if (compare) started.push(compare.process);
    const proxy = await startBareProxy(sim.url);
    started.push(proxy.process);

    // The baselines need a Wallet session of their own: the harness logs in once, as the BFF would.
    const walletToken = await control.walletAccessToken(secrets);
    const upstreamAuth = { authorization: `Bearer ${walletToken}` };
    const appAuth = { authorization: `Bearer ${apps[0].key}` };
    const peers = settings.peers === false ? undefined : await startPeers(sim.url, upstreamAuth.authorization, apps[0].key);
    if (peers) started.push(peers.typical.process, peers.minimal.process);
    const targets = {
      direct: { url: `${sim.url}/rest${CARD_PATH}`, headers: upstreamAuth, processes: [sim.process] },
      bareProxy: { url: `${proxy.url}/rest${CARD_PATH}`, headers: upstreamAuth, processes: [proxy.process, sim.process] },
      bff: { url: `${bff.url}/v1/wallet${CARD_PATH}`, headers: appAuth, processes: [bff.process, sim.process], metricsUrl: bff.url },
      // No upstream call: what the framework and the BFF's per-request hooks (id, log line, metrics) cost alone.
      bffFloor: { url: `${bff.url}/health/live`, headers: {}, processes: [bff.process] },
      ...(compare ? { bffCompare: { url: `${compare.url}/v1/wallet${CARD_PATH}`, headers: appAuth, processes: [compare.process, sim.process] } } : {}),
      ...(peers
        ? {
            typicalBff: { url: `${peers.typical.url}/v1/wallet${CARD_PATH}`, headers: appAuth, processes: [peers.typical.process, sim.process] },
            minimalNest: { url: `${peers.minimal.url}/v1/wallet${CARD_PATH}`, headers: {}, processes: [peers.minimal.process, sim.process] },
          }
        : {}),
    };
    for (const [name, target] of Object.entries(targets)) await expectOk(name, target.url, target.headers);

    const names = Object.keys(targets);
    const rounds = [];
    for (let r = 0; r < settings.rounds; r++) {
      const order = names.map((_, i) => names[(i + r) % names.length]);
      const round_ = {};
      for (const name of order) {
        round_[name] = await run(targets[name], settings);
        log(`  round ${r + 1} ${name.padEnd(10)} ${String(round(round_[name].rps, 0)).padStart(6)} req/s  p50 ${round_[name].p50} ms  p99 ${round_[name].p99} ms  (load ${loadAverage()[0]})`);
      }
      const pacedRate = settings.pacedRate ?? Math.max(50, Math.round((round_.bff.rps * settings.pacedFraction) / 50) * 50);
      round_.paced = await measurePaced(targets, settings, pacedRate, log);
      rounds.push(round_);
    }

    const view = await measureView({ bff, sim, control, apps }, settings, log);
    const profile = settings.profileDir ? await profileBff({ bff, control, apps }, settings, log) : undefined;
    const statsAtEnd = await control.stats();
    const walletLogins = statsAtEnd.logins.wallet - statsAtStart.logins.wallet;
    return { rounds, view, profile, walletLogins: { total: walletLogins, harness: 1, bffAndWorker: walletLogins - 1 }, redisOwned: redis.owned };
  } finally {
    await Promise.all(started.map((p) => p.stop()));
    await redis.stop();
  }
}
