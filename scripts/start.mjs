// `npm start`: Redis (found or started), the Migo simulator, the worker and the BFF, in one terminal.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadOrCreateDevSecrets } from './lib/dev-secrets.mjs';
import { ensureRedis } from './lib/redis.mjs';
import { spawnService, stopAll, waitForHttp } from './lib/services.mjs';
import { stackEnv } from './lib/stack-env.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'));

const secrets = loadOrCreateDevSecrets(join(root, '.local'));
const redis = await ensureRedis();
const simPort = process.env.SIM_PORT ?? '4010';
const bffPort = process.env.BFF_PORT ?? '3000';
const simUrl = `http://127.0.0.1:${simPort}`;
const bffUrl = `http://127.0.0.1:${bffPort}`;

const env = {
  ...process.env,
  ...stackEnv({ secrets, simulatorUrl: simUrl, redisUrl: redis.url, base: process.env }),
  SIM_PORT: simPort,
  BFF_PORT: bffPort,
};

const children = [];
let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping the stack…\n');
  await stopAll(children);
  await redis.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

try {
  const simulator = spawnService('simulator', join(root, 'dist/apps/migo-simulator/src/main.js'), env);
  children.push(simulator);
  await waitForHttp(`${simUrl}/rest/health`, simulator);
  const worker = spawnService('worker', join(root, 'dist/apps/worker/src/main.js'), env);
  children.push(worker);
  const bff = spawnService('bff', join(root, 'dist/apps/bff/src/main.js'), env);
  children.push(bff);
  await waitForHttp(`${bffUrl}/health/live`, bff);
  for (const child of children) {
    child.once('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`A service exited unexpectedly (code ${code}); stopping the rest.\n`);
        shutdown(1);
      }
    });
  }
  process.stdout.write(
    [
      '',
      'Migo BFF is up.',
      `  BFF            ${bffUrl}/v1`,
      `  API docs       ${bffUrl}/docs`,
      `  Simulator      ${simUrl}  (control plane ${simUrl}/__sim/stats)`,
      `  Redis          ${redis.url}${redis.owned ? ' (private, started by npm start)' : ''}`,
      `  Demo API key   ${secrets.demoApiKey}`,
      '',
      `  Try: curl -H "Authorization: Bearer ${secrets.demoApiKey}" ${bffUrl}/v1/wallet/cards/5001`,
      'Press Ctrl-C to stop everything.',
      '',
    ].join('\n'),
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
  await shutdown(1);
}
