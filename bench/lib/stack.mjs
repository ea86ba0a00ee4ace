// Starts what a benchmark measures: a private Redis (or Redis Cluster), the simulator, the BFF, the worker (and the bare proxy).
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { join } from 'node:path';
import { ensureRedis } from '../../scripts/lib/redis.mjs';
import { startRedisCluster } from '../../scripts/lib/redis-cluster.mjs';
import { ablationSettings } from './ablations.mjs';
import { ROOT, spawnNode } from './processes.mjs';

/**
 * Benchmarks get a Redis server of their own (default port 6391, started here when nothing listens there), so
 * `INFO memory` deltas are theirs alone and the engineers' test Redis on 6379 is not loaded.
 */
export const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6391';

/** Fresh credentials for one run: nothing is written to disk and nothing secret is printed. */
export function benchSecrets() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    merchantSlug: 'migoDeveloper',
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    middlewareMerchantToken: randomBytes(32).toString('hex'),
    middlewareJwt: `mwjwt.${randomBytes(24).toString('base64url')}`,
    migrationJwt: `migjwt.${randomBytes(24).toString('base64url')}`,
  };
}

/** `count` API keys with every scope and partner (one per connection when a benchmark must not share caches). */
export function benchApps(count) {
  return Array.from({ length: count }, (_, i) => ({ name: `bench-${i}`, key: `bench_${randomBytes(18).toString('base64url')}` }));
}

function apiKeysJson(apps) {
  return JSON.stringify(apps.map((app) => ({ name: app.name, sha256: createHash('sha256').update(app.key).digest('hex'), scopes: ['*'], partners: ['*'] })));
}

/** The Wallet login body the BFF sends (libs/migo-auth/src/login-signature.ts): Ed25519 over the merchant slug. */
export function walletLoginBody(secrets) {
  return { merchant: secrets.merchantSlug, signature: sign(null, Buffer.from(secrets.merchantSlug, 'utf8'), secrets.privateKeyPem).toString('base64') };
}

function upstreamEnv(simUrl, secrets, redis) {
  return {
    ...redis.env,
    REDIS_KEY_PREFIX: redis.prefix,
    MIGO_WALLET_BASE_URL: `${simUrl}/rest`,
    MIGO_CMS_BASE_URL: `${simUrl}/cms/rest`,
    MIGO_MIDDLEWARE_BASE_URL: `${simUrl}/mw`,
    MIGO_MERCHANT_SLUG: secrets.merchantSlug,
    MIGO_MERCHANT_PRIVATE_KEY: secrets.privateKeyPem,
    MIGO_CMS_OPERATOR_EMAIL: 'ops@acme.test',
    MIGO_CMS_OPERATOR_PASSWORD: 'Operator#2026',
    MIGO_MW_MERCHANT_TOKEN: secrets.middlewareMerchantToken,
    MIGO_MW_JWT: secrets.middlewareJwt,
    MIGO_MIGRATION_JWT: secrets.migrationJwt,
  };
}

/** Waits for a started process's readiness line; a process that never gets ready is stopped, not leaked. */
async function ready(benchProcess, pattern) {
  try {
    return await benchProcess.waitFor(pattern);
  } catch (error) {
    await benchProcess.stop(2000);
    throw error;
  }
}

const benchPrefix = () => `migo-bench:${randomBytes(3).toString('hex')}`;

/**
 * The benchmark's one Redis server. Like the cluster below: `env` points the stack at it, `masterUrls()` lists the
 * servers that hold its keys (to read INFO and scan from), `owned` says the benchmark started it.
 */
export async function startRedis(log) {
  const redis = await ensureRedis(BENCH_REDIS_URL, log);
  return { ...redis, label: 'one Redis', env: { REDIS_URL: redis.url }, prefix: benchPrefix(), masterUrls: async () => [redis.url] };
}

/**
 * A private Redis Cluster of `masters` masters and no replicas (scripts/lib/redis-cluster.mjs: the stack's flags, no
 * persistence). cluster-node-timeout is Redis's default of 15 s rather than the tests' 1 s: on a loaded machine a node
 * that misses pings for a second would be marked failed and, with no replica, take the cluster down mid-run.
 */
export async function startBenchCluster(log, masters = 3) {
  const cluster = await startRedisCluster({ masters, replicas: 0, nodeTimeoutMs: 15_000, log });
  return {
    label: `Redis Cluster (${masters} masters)`,
    owned: true,
    env: { REDIS_CLUSTER_NODES: cluster.nodes.join(',') },
    prefix: benchPrefix(),
    masterUrls: async () => (await cluster.masterPorts()).map((port) => `redis://127.0.0.1:${port}`),
    stop: () => cluster.stop(),
  };
}

export async function startSimulator(secrets, env = {}) {
  const sim = spawnNode('simulator', 'dist/apps/migo-simulator/src/main.js', {
    SIM_PORT: '0',
    SIM_LOG_LEVEL: 'warn',
    SIM_MERCHANT_SLUG: secrets.merchantSlug,
    SIM_MERCHANT_PUBLIC_KEY: secrets.publicKeyPem,
    SIM_MW_MERCHANT_TOKEN: secrets.middlewareMerchantToken,
    SIM_MW_JWT: secrets.middlewareJwt,
    SIM_MIGRATION_JWT: secrets.migrationJwt,
    ...env,
  });
  const [, url] = await ready(sim, /listening on (http:\/\/\S+)/);
  return { process: sim, url };
}

/**
 * The BFF as `npm run start:bff` runs it; with `profileDir`, under the CPU profiler hook (bench/lib/cpu-profile.hook.mjs);
 * with `root`, the build of another checkout (to compare two versions in the same run); with `ablate`, without the
 * named layers (bench/lib/ablations.mjs); `nodeArgs` go to node before the entry (e.g. --trace-gc).
 */
export async function startBff(simUrl, secrets, redis, apps, { env = {}, profileDir, root = ROOT, name = 'bff', ablate = [], nodeArgs = [] } = {}) {
  const profiling = profileDir ? { CPU_PROF_DIR: profileDir, CPU_PROF_NAME: name } : {};
  const ablation = ablationSettings(ablate);
  const bff = spawnNode(
    name,
    join(root, 'dist/apps/bff/src/main.js'),
    { ...upstreamEnv(simUrl, secrets, redis), BFF_PORT: '0', LOG_LEVEL: 'info', BFF_API_KEYS: apiKeysJson(apps), BFF_ADMIN_DASHBOARD: 'false', BFF_RATE_LIMIT: '10000000', ...profiling, ...ablation.env, ...env },
    [...nodeArgs, ...(profileDir ? ['--import', join(ROOT, 'bench/lib/cpu-profile.hook.mjs')] : []), ...(ablation.patches.length ? ['--import', join(ROOT, 'bench/lib/ablate.hook.mjs')] : [])],
    { ipc: !!profileDir },
  );
  const [, url] = await ready(bff, /bff listening on (http:\/\/\S+)/);
  return { process: bff, url };
}

export async function startWorker(simUrl, secrets, redis, env = {}) {
  const worker = spawnNode('worker', 'dist/apps/worker/src/main.js', { ...upstreamEnv(simUrl, secrets, redis), LOG_LEVEL: 'info', WORKER_OPS_PORT: '0', ...env });
  await ready(worker, /worker ready/);
  return worker;
}

/** The bare pass-through proxy (bench/bare-proxy.mjs) in front of `targetUrl`. */
export async function startBareProxy(targetUrl) {
  const proxy = spawnNode('bare-proxy', 'bench/bare-proxy.mjs', { TARGET_URL: targetUrl, PORT: '0' });
  const [, url] = await ready(proxy, /bare proxy listening on (http:\/\/\S+)/);
  return { process: proxy, url };
}

/**
 * The peers of bench/peers/ in front of `simUrl`, each its own process: a typical NestJS BFF route (Express,
 * @nestjs/axios through firstValueFrom, an API-key guard, a pino line, a histogram) and a minimal Nest + Fastify route
 * awaiting one undici request. `upstreamAuthorization` is the harness's Wallet session; `apiKey` the typical peer's key.
 */
export async function startPeers(simUrl, upstreamAuthorization, apiKey) {
  const env = { TARGET_URL: simUrl, UPSTREAM_AUTHORIZATION: upstreamAuthorization, PEER_API_KEY: apiKey, PORT: '0' };
  const typical = spawnNode('typical-nest-bff', 'bench/peers/typical-nest-bff.mjs', env);
  const minimal = spawnNode('minimal-nest-fastify', 'bench/peers/minimal-nest-fastify.mjs', env);
  const [[, typicalUrl], [, minimalUrl]] = await Promise.all([ready(typical, /typical nest bff listening on (http:\/\/\S+)/), ready(minimal, /minimal nest fastify listening on (http:\/\/\S+)/)]);
  return { typical: { process: typical, url: typicalUrl }, minimal: { process: minimal, url: minimalUrl } };
}
