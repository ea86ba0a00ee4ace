// `npm start`: Redis (found or started), the Migo simulator, the worker and the BFF, in one terminal.
// Ctrl-C (or SIGTERM) stops them: the BFF drains first, then the worker finishes its steps, then the rest.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDemoWorkbook } from './lib/demo-workbook.mjs';
import { loadOrCreateDevSecrets } from './lib/dev-secrets.mjs';
import { ensureRedis } from './lib/redis.mjs';
import { spawnService, stopAll, waitForHttp } from './lib/services.mjs';
import { stackEnv } from './lib/stack-env.mjs';
import { requireSupportedNode } from './lib/runtime.mjs';

requireSupportedNode();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'));

const localDir = join(root, '.local');
const secrets = loadOrCreateDevSecrets(localDir);
const workbook = join(localDir, 'demo-cardholders.xlsx');
const redis = await ensureRedis();
const simPort = process.env.SIM_PORT ?? '4010';
const bffPort = process.env.BFF_PORT ?? '3000';
const simUrl = `http://127.0.0.1:${simPort}`;
const bffUrl = `http://127.0.0.1:${bffPort}`;
const workerOpsPort = process.env.WORKER_OPS_PORT ?? '9465';
const workerOpsUrl = `http://127.0.0.1:${workerOpsPort}`;

const env = {
  ...process.env,
  ...stackEnv({ secrets, simulatorUrl: simUrl, redisUrl: redis.url, base: process.env }),
  SIM_PORT: simPort,
  BFF_PORT: bffPort,
  WORKER_OPS_PORT: workerOpsPort,
  // The children write to pipes; in a terminal their lines are still meant for people.
  LOG_FORMAT: process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
  // Slow enough to watch the demo upload's progress live (docker-compose.yml sets the same).
  SIM_UPLOAD_ROWS_PER_SECOND: process.env.SIM_UPLOAD_ROWS_PER_SECOND ?? '5',
};

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
  const child = spawnService(name, join(root, entry), env);
  child.serviceName = name;
  children.push(child);
  return child;
}

try {
  const simulator = start('simulator', 'dist/apps/migo-simulator/src/main.js');
  await waitForHttp(`${simUrl}/rest/health`, simulator);
  start('worker', 'dist/apps/worker/src/main.js');
  const bff = start('bff', 'dist/apps/bff/src/main.js');
  await waitForHttp(`${bffUrl}/health/ready`, bff);
  for (const child of children) {
    child.once('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`The ${child.serviceName} exited unexpectedly (code ${code}); stopping the rest.\n`);
        shutdown(1);
      }
    });
  }
  const rows = await writeDemoWorkbook(root, workbook);
  process.stdout.write(
    [
      '',
      'Migo BFF is up.',
      `  BFF            ${bffUrl}/v1`,
      `  API docs       ${bffUrl}/docs  (OpenAPI: ${bffUrl}/docs-json)`,
      `  Health         ${bffUrl}/health/ready   Metrics ${bffUrl}/metrics (admin key)   Queues ${bffUrl}/admin/queues`,
      `  Worker         ${workerOpsUrl}/metrics   Health ${workerOpsUrl}/health/ready`,
      `  Simulator      ${simUrl}  (control plane ${simUrl}/__sim/stats)`,
      `  Redis          ${redis.url}${redis.owned ? ' (private, started by npm start)' : ''}`,
      `  Demo API key   ${secrets.demoApiKey}   (every scope, every partner)`,
      `  Demo workbook  ${workbook}  (${rows} cardholders for partner acme)`,
      '',
      'In another terminal (README, "Try it"):',
      `  export BFF_URL=${bffUrl} BFF_API_KEY=${secrets.demoApiKey}`,
      '  curl -s "$BFF_URL/v1/views/partners/acme/cardholders/1" -H "Authorization: Bearer $BFF_API_KEY"',
      '  npm run cli -- jobs',
      '',
      'Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
  await shutdown(1);
}
