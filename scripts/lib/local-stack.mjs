// What `npm start` and `npm run dev` share: the local credentials, the ports, each process's environment and the banner.
import { join } from 'node:path';
import { loadOrCreateDevSecrets } from './dev-secrets.mjs';
import { stackEnv } from './stack-env.mjs';

/** The stack's processes in start order; `dir` is the app's folder under apps/, `startsFirst` marks the one the others call. */
export const STACK_APPS = [
  { name: 'simulator', dir: 'migo-simulator', entry: 'dist/apps/migo-simulator/src/main.js', readyPath: '/rest/health', urlKey: 'simulator', startsFirst: true },
  { name: 'worker', dir: 'worker', entry: 'dist/apps/worker/src/main.js', readyPath: '/health/live', urlKey: 'workerOps' },
  { name: 'bff', dir: 'bff', entry: 'dist/apps/bff/src/main.js', readyPath: '/health/ready', urlKey: 'bff' },
];

/** `redis`: { url } of one server, or { clusterNodes } of a Redis Cluster. */
export function localStack(root, redis) {
  const localDir = join(root, '.local');
  const secrets = loadOrCreateDevSecrets(localDir);
  const simPort = process.env.SIM_PORT ?? '4010';
  const bffPort = process.env.BFF_PORT ?? '3000';
  const workerOpsPort = process.env.WORKER_OPS_PORT ?? '9465';
  const urls = {
    simulator: `http://127.0.0.1:${simPort}`,
    bff: `http://127.0.0.1:${bffPort}`,
    workerOps: `http://127.0.0.1:${workerOpsPort}`,
  };
  const env = {
    ...process.env,
    ...stackEnv({ secrets, simulatorUrl: urls.simulator, redisUrl: redis.url, redisClusterNodes: redis.clusterNodes, base: process.env }),
    SIM_PORT: simPort,
    BFF_PORT: bffPort,
    WORKER_OPS_PORT: workerOpsPort,
    // The children write to pipes; in a terminal their lines are still meant for people.
    LOG_FORMAT: process.env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    // Slow enough to watch the demo upload's progress live (docker-compose.yml sets the same).
    SIM_UPLOAD_ROWS_PER_SECOND: process.env.SIM_UPLOAD_ROWS_PER_SECOND ?? '5',
  };
  return { secrets, workbook: join(localDir, 'demo-cardholders.xlsx'), urls, env };
}

export function stackBanner({ stack, redis, rows, command }) {
  const { urls, secrets, workbook } = stack;
  return [
    '',
    'Migo BFF is up.',
    `  BFF            ${urls.bff}/v1`,
    `  API docs       ${urls.bff}/docs  (OpenAPI: ${urls.bff}/docs-json)`,
    `  Health         ${urls.bff}/health/ready   Metrics ${urls.bff}/metrics (admin key)   Queues ${urls.bff}/admin/queues`,
    `  Worker         ${urls.workerOps}/metrics   Health ${urls.workerOps}/health/ready`,
    `  Simulator      ${urls.simulator}  (control plane ${urls.simulator}/__sim/stats)`,
    `  Redis          ${redis.url}${redis.owned ? ` (private, started by ${command})` : ''}`,
    `  Demo API key   ${secrets.demoApiKey}   (every scope, every partner)`,
    `  Demo workbook  ${workbook}  (${rows} cardholders for partner acme)`,
    '',
    'In another terminal (README, "Try it"):',
    `  export BFF_URL=${urls.bff} BFF_API_KEY=${secrets.demoApiKey}`,
    '  curl -s "$BFF_URL/v1/views/partners/acme/cardholders/1" -H "Authorization: Bearer $BFF_API_KEY"',
    '  npm run cli -- jobs',
    '',
    'Press Ctrl-C to stop everything.',
    '',
  ].join('\n');
}
