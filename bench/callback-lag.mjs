// Issue 17: Migo's callbacks as poll-now hints. N payment links are tracked (created through the BFF), the worker's
// scheduled polls are far apart (TRACKER_MIN/MAX_POLL_MS = --poll-ms, 60 s by default), and the simulator sends its
// Merchant Generic Callback to the BFF when the harness ends each link at a random moment of --settle-seconds.
// Measured: lag from each upstream completion to its `succeeded` event on an SSE client of `GET /v1/events` (only
// the callback's early poll can make it shorter than the poll interval), and upstream polls per second vs the budget.
// Run on its own: node_modules/.bin/node bench/callback-lag.mjs [--links 1000] [--settle-seconds 20] [--budget 200] [--poll-ms 60000]
// (needs a build: npm run build; Redis at BENCH_REDIS_URL or a throwaway one started by bench/lib/stack.mjs).
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTrackedLinks, finishLinks, jsonClient, pollFigures, samplePolls, waitUntil, watchJobs } from './job-scale.mjs';
import { SimulatorControl } from './lib/simulator-control.mjs';
import { benchApps, benchSecrets, startBff, startRedis, startSimulator, startWorker } from './lib/stack.mjs';
import { percentile } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    links: { type: 'string', default: '1000' },
    'settle-seconds': { type: 'string', default: '20' },
    budget: { type: 'string', default: '200' },
    'poll-ms': { type: 'string', default: '60000' },
  },
});
const settings = { links: Number(values.links), settleSeconds: Number(values['settle-seconds']), pollsPerSecond: Number(values.budget), pollMs: Number(values['poll-ms']) };
const log = (line) => console.error(line);

async function runCallbackLag() {
  const secrets = benchSecrets();
  const redis = await startRedis(log);
  const client = jsonClient();
  const started = [];
  const token = randomBytes(24).toString('base64url');
  try {
    const sim = await startSimulator(secrets, { SIM_PAYMENT_LINK_SETTLE_MS: String(24 * 3_600_000) });
    started.push(sim.process);
    const [app] = benchApps(1);
    const bff = await startBff(sim.url, secrets, redis, [app], { env: { MIGO_CALLBACKS_ENABLED: 'true', MIGO_CALLBACK_TOKEN: token } });
    started.push(bff.process);
    const worker = await startWorker(sim.url, secrets, redis, { TRACKER_MIN_POLL_MS: String(settings.pollMs), TRACKER_MAX_POLL_MS: String(settings.pollMs), TRACKER_POLLS_PER_SECOND: String(settings.pollsPerSecond) });
    started.push(worker);
    const control = new SimulatorControl(sim.url);
    await control.patchConfig({ callbackUrl: `${bff.url}/v1/callbacks/migo/${token}/payment-links` });
    const watch = await watchJobs(bff.url, app.key);

    log(`  creating ${settings.links} payment links through the BFF…`);
    const { uids, jobOfUid } = await createTrackedLinks(client, bff.url, app.key, settings.links);
    await waitUntil(() => watch.alive() && watch.running.size >= settings.links, Math.max(120_000, (2 * settings.links * 1000) / settings.pollsPerSecond), 'every job to be running');
    await sleep(1000); // the first polls are over; the next scheduled ones are poll-ms away

    log(`  finishing them at random moments over ${settings.settleSeconds} s; the simulator calls back each one…`);
    const polls = samplePolls(control);
    const windowStart = performance.now();
    const completedAt = await finishLinks(client, sim.url, uids, settings.settleSeconds * 1000);
    const settlingSeconds = (performance.now() - windowStart) / 1000;
    await waitUntil(() => watch.alive() && watch.succeededAt.size >= settings.links, settings.pollMs + 30_000, 'every succeeded event').catch((error) => log(`  ${error.message}`));
    const pollSamples = await polls.stop();
    await watch.stop();

    const lags = [...completedAt].map(([uid, at]) => watch.succeededAt.get(jobOfUid.get(uid)) - at).filter((lag) => !Number.isNaN(lag));
    return {
      links: settings.links,
      pollIntervalMs: settings.pollMs,
      pollBudgetPerSecond: settings.pollsPerSecond,
      settleSeconds: settings.settleSeconds,
      notified: watch.succeededAt.size,
      lagMs: { p50: percentile(lags, 50), p90: percentile(lags, 90), p99: percentile(lags, 99), max: percentile(lags, 100), samples: lags.length },
      polls: { ...pollFigures(pollSamples, settlingSeconds), budget: settings.pollsPerSecond },
      note: 'one run on this machine: compare runs of the same machine only',
    };
  } finally {
    await Promise.all(started.map((p) => p.stop()));
    await redis.stop();
    await client.close();
  }
}

const result = await runCallbackLag();
console.log(JSON.stringify(result, null, 2));
if (result.notified < result.links) process.exitCode = 1;
