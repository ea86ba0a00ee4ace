// `npm test`: type-check, build (the e2e suites spawn the built apps), then every unit and e2e suite against real Redis.
// Extra arguments go to Jest: `npm test -- apps/migo-simulator` runs a subset.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRedis } from './lib/redis.mjs';
import { summarizeJest } from './lib/jest-summary.mjs';
import { requireSupportedNode } from './lib/runtime.mjs';

requireSupportedNode();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Through this runtime (the pinned one), not the tools' `#!/usr/bin/env node`, whichever node that finds.
const tool = { tsc: 'node_modules/typescript/bin/tsc', jest: 'node_modules/jest/bin/jest.js' };
const bin = (name) => join(root, tool[name]);
const run = (command, args, env = process.env) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env }).status ?? 1;
const started = (command, args) => once(spawn(command, args, { cwd: root, stdio: 'inherit' }), 'exit').then(([code]) => code ?? 1);

const redis = await ensureRedis();
let status = 1;
try {
  // The type-check and the build are independent single-threaded compilations: side by side they take the time of the
  // longer one on two cores, not the sum. Both must pass before any test runs.
  const compiled = await Promise.all([started(process.execPath, [bin('tsc'), '-p', 'tsconfig.json', '--noEmit']), started(process.execPath, [bin('tsc'), '-p', 'tsconfig.build.json'])]);
  status = compiled.find((code) => code !== 0) ?? 0;
  if (status === 0) {
    mkdirSync(join(root, '.test-results'), { recursive: true });
    const env = { ...process.env, REDIS_URL: redis.url, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings=ExperimentalWarning`.trim() };
    const jest = (results, args) => run(process.execPath, [bin('jest'), '--json', `--outputFile=${results}`, ...args], env);
    const subset = process.argv.slice(2);
    const results = [join(root, '.test-results/jest.json')];
    if (subset.length > 0) {
      status = jest(results[0], ['--maxWorkers=2', ...subset]);
    } else {
      // The Redis Cluster suites start six Redis nodes and four app processes each: run beside the fault suites on two
      // cores they starve their timers. So the whole suite runs in two Jest runs: everything else, then those alone.
      results.push(join(root, '.test-results/jest-cluster.json'));
      const rest = jest(results[0], ['--maxWorkers=2', '--testPathIgnorePatterns=/test/cluster/']);
      const cluster = jest(results[1], ['--maxWorkers=1', 'test/cluster/']);
      status = rest !== 0 ? rest : cluster;
    }
    process.stdout.write(`${summarizeJest(...results)}\n`);
  } else {
    process.stdout.write('0 passed, 0 failed (the build or type-check failed before any test ran)\n');
  }
} finally {
  await redis.stop();
}
process.exit(status);
