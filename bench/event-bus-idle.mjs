// Issue 19: what the BFF's job-event reader costs while nothing happens, on one Redis and on a 3-master Redis Cluster.
// One idle SSE client of `GET /v1/events` per app, for --apps apps, on one BFF. On one Redis the reader is one blocking
// XREAD over every app's stream; on a cluster each app's stream has its own hash tag, so the reader reads each stream
// on its own, without blocking, every 50 ms (apps/bff/src/jobs/job-event-bus.service.ts). Measured over --seconds:
// XREAD calls per second (INFO commandstats, summed over the masters), Redis CPU and the BFF's CPU.
// Run on its own: node_modules/.bin/node bench/event-bus-idle.mjs [--apps 100] [--seconds 10]   (needs npm run build)
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { followEvents } from './lib/event-follower.mjs';
import { cpuMeter } from './lib/processes.mjs';
import { closeMasters, connectMasters, redisInfo } from './lib/redis-usage.mjs';
import { benchApps, benchSecrets, startBenchCluster, startBff, startRedis, startSimulator } from './lib/stack.mjs';

const { values } = parseArgs({ options: { apps: { type: 'string', default: '100' }, seconds: { type: 'string', default: '10' } } });
const appCount = Number(values.apps);
const seconds = Number(values.seconds);
const log = (line) => console.error(line);

async function xreadCalls(masters) {
  let calls = 0;
  for (const master of masters) calls += Number(/cmdstat_xread:calls=(\d+)/.exec(await master.info('commandstats'))?.[1] ?? 0);
  return calls;
}

async function measure(cluster) {
  const secrets = benchSecrets();
  const redis = cluster ? await startBenchCluster(log) : await startRedis(log);
  const started = [];
  const followers = [];
  let masters = [];
  try {
    masters = await connectMasters(redis);
    const sim = await startSimulator(secrets);
    started.push(sim.process);
    const apps = benchApps(appCount);
    const bff = await startBff(sim.url, secrets, redis, apps);
    started.push(bff.process);
    for (const app of apps) followers.push(await followEvents(`${bff.url}/v1/events`, app.key, () => undefined));
    await sleep(3000);
    const before = { xread: await xreadCalls(masters), redis: await redisInfo(masters) };
    const bffCpu = cpuMeter(bff.process);
    await sleep(seconds * 1000);
    const used = bffCpu();
    const after = { xread: await xreadCalls(masters), redis: await redisInfo(masters) };
    for (const follower of followers) if (follower.failure()) throw new Error(`an SSE client's stream broke: ${follower.failure()}`);
    return {
      label: redis.label,
      xreadPerSecond: Math.round((after.xread - before.xread) / used.wallSeconds),
      redisCpu: Math.round((100 * (after.redis.cpuSeconds - before.redis.cpuSeconds)) / used.wallSeconds),
      bffCpu: Math.round(used.percentOfOneCore),
    };
  } finally {
    await Promise.all(followers.map((follower) => follower.stop()));
    await Promise.all(started.map((p) => p.stop()));
    await closeMasters(masters);
    await redis.stop();
  }
}

const results = [await measure(false), await measure(true)];
console.log(`${appCount} idle SSE clients of \`GET /v1/events\`, one per app, on one BFF, over ${seconds} s:\n`);
console.log('| Redis | XREAD calls/s | Redis CPU (% of one core) | BFF CPU (% of one core) |');
console.log('|---|---|---|---|');
for (const r of results) console.log(`| ${r.label} | ${r.xreadPerSecond} | ${r.redisCpu} | ${r.bffCpu} |`);
process.exit(0);
