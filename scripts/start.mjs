// `npm start`: Redis (found or started), the Migo simulator, the worker and the BFF, in one terminal.
// Ctrl-C (or SIGTERM) stops them: the BFF drains first, then the worker finishes its steps, then the rest.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDemoWorkbook } from './lib/demo-workbook.mjs';
import { localStack, stackBanner } from './lib/local-stack.mjs';
import { ensureStackRedis } from './lib/redis-cluster.mjs';
import { spawnService, stopAll, waitForHttp } from './lib/services.mjs';
import { requireSupportedNode } from './lib/runtime.mjs';

requireSupportedNode();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'));

const redis = await ensureStackRedis();
const stack = localStack(root, redis);

const children = [];
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping the stack…\n');
  // In dependency order: nothing is left calling a service that is already gone.
  for (const name of ['bff', 'worker', 'simulator']) await stopAll(children.filter((child) => child.serviceName === name));
  await redis.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

function start(name, entry) {
  const child = spawnService(name, join(root, entry), stack.env);
  child.serviceName = name;
  children.push(child);
  return child;
}

try {
  const simulator = start('simulator', 'dist/apps/migo-simulator/src/main.js');
  await waitForHttp(`${stack.urls.simulator}/rest/health`, simulator);
  start('worker', 'dist/apps/worker/src/main.js');
  const bff = start('bff', 'dist/apps/bff/src/main.js');
  await waitForHttp(`${stack.urls.bff}/health/ready`, bff);
  for (const child of children) {
    child.once('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`The ${child.serviceName} exited unexpectedly (code ${code}); stopping the rest.\n`);
        shutdown(1);
      }
    });
  }
  const rows = await writeDemoWorkbook(root, stack.workbook);
  process.stdout.write(stackBanner({ stack, redis, rows, command: 'npm start' }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
  await shutdown(1);
}
