// `npm run bench`: builds, then measures the stack as separate processes (issue 8) and records the figures of this run
// in bench/RESULTS.md (between the generated-results markers; the notes around them are kept).
//
//   npm run bench                         HTTP benchmarks (a)–(d), then job tracking at scale
//   npm run bench -- --only=http          or --only=jobs
//   npm run bench -- --only=jobs --redis=both   job tracking on one Redis, then on a private 3-master Redis Cluster,
//                                         side by side (issue 19; recorded in its own section); --redis=cluster: only
//                                         the cluster; --redis=single (the default): as before
//   npm run bench -- --profile            also writes CPU profiles of the BFF under the (c) and (d) loads (bench/profiles/)
//   npm run bench -- --compare=<dir>      also measures (c) against the BFF built in another checkout (before/after)
//   npm run bench -- --no-record          prints only
//   npm run bench -- --no-peers           without the peers of bench/peers/ (typical NestJS BFF, minimal Nest + Fastify)
// Other knobs: --connections=32 --seconds=10 --warmup=3 --rounds=3 --view-seconds=10 --jobs=10000
//              --paced-fraction=0.25 (open loop at this fraction of the BFF's closed-loop rate) or --paced-rate=N
//              --settle-seconds=60 --poll-ms=20000 --polls-per-second=600
//              --redis-config=hash-max-listpack-value=1024   (CONFIG SET on the benchmark's own Redis before the job test)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runHttpBenchmarks } from './http-benchmarks.mjs';
import { runJobScale } from './job-scale.mjs';
import { loadAverage, machine } from './lib/machine.mjs';
import { LOG_DIR, ROOT } from './lib/processes.mjs';
import { summarizeProfile } from './lib/profile-summary.mjs';
import { httpTables, targetsTable } from './lib/report.mjs';
import { jobComparison, jobTables } from './lib/job-report.mjs';
import { requireSupportedNode } from '../scripts/lib/runtime.mjs';

requireSupportedNode();

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    connections: { type: 'string', default: '32' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
    'view-seconds': { type: 'string', default: '10' },
    'paced-rate': { type: 'string' },
    'paced-fraction': { type: 'string', default: '0.25' },
    'no-peers': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    compare: { type: 'string' },
    jobs: { type: 'string', default: '10000' },
    'settle-seconds': { type: 'string', default: '60' },
    'poll-ms': { type: 'string', default: '20000' },
    'polls-per-second': { type: 'string', default: '600' },
    'redis-config': { type: 'string', default: '' },
    redis: { type: 'string', default: 'single' },
    record: { type: 'boolean', default: true },
    'no-record': { type: 'boolean', default: false },
  },
});

const log = (line) => process.stdout.write(`${line}\n`);
let failed = false;
// A promise nobody awaited failed: say so and fail the run, but let the phase in progress stop its processes.
process.on('unhandledRejection', (error) => {
  failed = true;
  log(`Unexpected failure: ${error instanceof Error ? error.stack : error}`);
});
const host = machine();
const startedAt = new Date();
const loadBefore = loadAverage();
log(`Benchmarks on ${host.cores} cores (${host.cpuModel}), ${host.memoryGiB} GiB, Node ${host.node}; load average ${loadBefore.join(' / ')}`);
if (loadBefore[0] > host.cores * 0.5) log(`  note: the machine is already busy (load ${loadBefore[0]} on ${host.cores} cores); compare the ratios, not absolute figures`);

const profileDir = args.profile ? join(ROOT, 'bench/profiles') : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });
const wants = (part) => !args.only || args.only === part;
const REDIS_MODES = { single: ['single'], cluster: ['cluster'], both: ['single', 'cluster'] };
const redisModes = REDIS_MODES[args.redis];
if (!redisModes) {
  log(`--redis must be one of ${Object.keys(REDIS_MODES).join(', ')}, not ${args.redis}`);
  process.exit(2);
}

let http;
let jobs;
let clusterJobs;
try {
  if (wants('http')) {
    log(`\nHTTP: ${args.connections} connections, ${args.warmup} s warm-up + ${args.seconds} s per run, ${args.rounds} rounds`);
    http = await runHttpBenchmarks(
      {
        connections: Number(args.connections),
        seconds: Number(args.seconds),
        warmupSeconds: Number(args.warmup),
        rounds: Number(args.rounds),
        viewSeconds: Number(args['view-seconds']),
        pacedRate: args['paced-rate'] ? Number(args['paced-rate']) : undefined,
        pacedFraction: Number(args['paced-fraction']),
        peers: !args['no-peers'],
        profileDir,
        compareRoot: args.compare,
      },
      log,
    );
  }
  if (wants('jobs')) {
    const settings = {
      jobs: Number(args.jobs),
      settleSeconds: Number(args['settle-seconds']),
      pollMs: Number(args['poll-ms']),
      pollsPerSecond: Number(args['polls-per-second']),
      redisConfig: Object.fromEntries(args['redis-config'].split(',').filter(Boolean).map((pair) => pair.split('='))),
    };
    for (const mode of redisModes) {
      log(`\nJob tracking at scale on ${mode === 'cluster' ? 'a Redis Cluster' : 'one Redis'}: ${args.jobs} jobs, completions spread over ${args['settle-seconds']} s, poll every ${args['poll-ms']} ms, budget ${args['polls-per-second']} polls/s`);
      const result = await runJobScale({ ...settings, cluster: mode === 'cluster' }, log);
      if (mode === 'cluster') clusterJobs = result;
      else jobs = result;
    }
  }
} catch (error) {
  failed = true;
  log(`\nThe benchmark failed: ${error instanceof Error ? error.stack : error}\nProcess logs are kept in ${LOG_DIR}`);
}

const loadAfter = loadAverage();
const runLine =
  `Run of ${startedAt.toISOString()} — ${host.cores} cores (${host.cpuModel}), ${host.memoryGiB} GiB RAM, Node ${host.node}, ${host.os}. ` +
  `Load average (1/5/15 min) ${loadBefore.join(' / ')} before, ${loadAfter.join(' / ')} after. Every process (load generator, simulator, proxy, ` +
  `BFF, worker, Redis) shares these cores, so absolute figures move with the load; the ratios compare runs taken side by side.`;
const sections = [runLine];
if (http || jobs) sections.push(`### Targets\n\n${targetsTable(http, jobs)}`);
if (http) sections.push(`### HTTP (median of ${http.rounds.length} rounds)\n\n${httpTables(http)}`);
function profileSection(title, profile) {
  const summary = summarizeProfile(profile.file, 12);
  return (
    `### CPU profile of the BFF under the ${title} load (${profile.rps} req/s while profiled)\n\n` +
    `${summary.busyMs} ms busy. Self time by package: ${summary.byPackage.map(([name, pct]) => `${name} ${pct} %`).join(', ')}.\n\n` +
    `Charged to the nearest package or project folder on the stack (a socket write counts for whoever wrote): ${summary.byCaller.map(([name, pct]) => `${name} ${pct} %`).join(', ')}.\n\n` +
    `Top functions: ${summary.byFunction.slice(0, 10).map(([name, pct]) => `${name} ${pct} %`).join('; ')}.\n\nProfile: \`${profile.file.replace(`${ROOT}/`, '')}\` (open it in Chrome DevTools).`
  );
}
if (http?.profile) sections.push(profileSection('(c)', http.profile));
if (http?.profile?.view) sections.push(profileSection('(d)', http.profile.view));
if (jobs) sections.push(`### Job tracking at scale\n\n${jobTables(jobs)}`);
const generated = http || jobs ? sections.join('\n\n') : undefined;
const clusterGenerated = clusterJobs ? `${runLine}\n\n${jobs ? jobComparison(jobs, clusterJobs) : jobTables(clusterJobs)}` : undefined;
if (generated) log(`\n${generated}\n`);
if (clusterGenerated) log(`\n## Issue 19: Redis Cluster\n\n${clusterGenerated}\n`);

/**
 * Rewrites the part of bench/RESULTS.md between `<!-- bench:<name>:start -->` and its end marker; the notes around it
 * are kept. A part not there yet goes in under its own `heading`, before the "Last run" part (or at the end).
 */
function record(name, heading, content) {
  const file = join(ROOT, 'bench/RESULTS.md');
  const [start, end] = [`<!-- bench:${name}:start -->`, `<!-- bench:${name}:end -->`];
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmark results\n\n`;
  if (current.includes(start)) {
    writeFileSync(file, `${current.slice(0, current.indexOf(start))}${start}\n${content}\n${end}${current.slice(current.indexOf(end) + end.length)}`);
  } else {
    const lastRun = current.indexOf('<!-- bench:results:start -->');
    const at = lastRun === -1 ? current.length : lastRun;
    writeFileSync(file, `${current.slice(0, at)}${heading}\n\n${start}\n${content}\n${end}\n\n${current.slice(at)}`);
  }
}

// The single-Redis job figures of a --redis=both run live in its comparison; "Last run" keeps the full bench's.
const recordLastRun = generated && (http || args.redis === 'single');
if (args.record && !args['no-record'] && !failed) {
  if (recordLastRun) record('results', '', `## Last run\n\n${generated}`);
  if (clusterGenerated) record('cluster', '## Issue 19: Redis Cluster', `### Last cluster run\n\n${clusterGenerated}`);
  if (recordLastRun || clusterGenerated) log(`Recorded in bench/RESULTS.md`);
}
if (!failed) rmSync(LOG_DIR, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
