// `node bench/variants.mjs '<json>'` (after `npm run build`): the BFF's pass-through route under the same closed-loop
// load (32 connections) in several variants side by side, rounds alternating, each with its CPU per request. A
// variant is `{ "name": "…", "env": { … }, "root": "<checkout or copy with its own dist/>" }` (env and root optional:
// the default is this build as `npm run bench` starts it). Used to tell what a feature costs, e.g.
//   node bench/variants.mjs '[{"name":"default"},{"name":"no rate limit","env":{"BFF_RATE_LIMIT":"0"}}]'
//   --rounds=6 --seconds=6 --path=/v1/wallet/cards/5001
// A write instead of a read: `--method=POST --body='<json>'`, and `--keyed` to send every request with a new
// Idempotency-Key, e.g. the card transfer with its key (moving 0.0001 each time):
//   --path=/v1/wallet/cards/transfer --method=POST --body='{"fromCardId":5001,"toCardId":5002,"amount":0.0001}' --keyed
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { measure } from './lib/load.mjs';
import { cpuMeter } from './lib/processes.mjs';
import { benchApps, benchSecrets, startBff, startRedis, startSimulator } from './lib/stack.mjs';
import { median, round } from './lib/stats.mjs';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '6' },
    seconds: { type: 'string', default: '6' },
    path: { type: 'string', default: '/v1/wallet/cards/5001' },
    method: { type: 'string', default: 'GET' },
    body: { type: 'string' },
    keyed: { type: 'boolean', default: false },
  },
});
const variants = JSON.parse(positionals[0] ?? '[{"name":"default"}]');
const secrets = benchSecrets();
const redis = await startRedis(() => undefined);
const started = [];
try {
  const sim = await startSimulator(secrets);
  started.push(sim.process);
  const [app] = benchApps(1);
  const bffs = [];
  for (const variant of variants) {
    const bff = await startBff(sim.url, secrets, redis, [app], { env: variant.env ?? {}, root: variant.root, name: variant.name.replace(/\W+/g, '-') });
    started.push(bff.process);
    bffs.push({ ...variant, bff, rps: [], cpu: [] });
  }
  const headers = { authorization: `Bearer ${app.key}`, ...(args.body ? { 'content-type': 'application/json' } : {}) };
  // With --keyed, a new Idempotency-Key on every request.
  const setupClient = args.keyed
    ? (client) => {
        const next = () => client.setHeaders({ ...headers, 'idempotency-key': randomUUID() });
        next();
        client.on('response', next);
      }
    : undefined;
  const load = { method: args.method, body: args.body, setupClient };
  for (let r = 0; r < Number(args.rounds); r++) {
    for (let i = 0; i < bffs.length; i++) {
      const variant = bffs[(i + r) % bffs.length];
      const url = `${variant.bff.url}${args.path}`;
      await measure({ url, headers, connections: 32, seconds: 2, warmupSeconds: 0, ...load });
      const meter = cpuMeter(variant.bff.process);
      const result = await measure({ url, headers, connections: 32, seconds: Number(args.seconds), warmupSeconds: 0, ...load });
      const cpu = meter();
      if (result.non2xx + result.errors > 0) process.stdout.write(`  ${variant.name}: ${result.non2xx} non-2xx, ${result.errors} errors\n`);
      variant.rps.push(result.rps);
      variant.cpu.push((cpu.seconds * 1000) / result.requests);
    }
  }
  for (const v of bffs) {
    process.stdout.write(`${v.name.padEnd(20)} ${String(round(median(v.rps), 0)).padStart(6)} req/s  ${round(median(v.cpu), 3)} ms of BFF CPU per request (rounds: ${v.cpu.map((c) => round(c, 3)).join(', ')})\n`);
  }
} finally {
  await Promise.all(started.map((p) => p.stop()));
  await redis.stop();
}
