// What docker-compose.yml must satisfy beyond the Compose Specification's schema, as lists of problems (empty: fine).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { ConfigValidationError, loadConfig } from '#common';
import { loadBffConfig } from '../../apps/bff/src/config/load-bff-config.js';
import { SimulatorEnv } from '../../apps/migo-simulator/src/config/simulator.config.js';
import { loadWorkerConfig } from '../../apps/worker/src/config/load-worker-config.js';
import { REDIS_SERVER_FLAGS } from '../../scripts/lib/redis.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

type Args = string | string[] | undefined;
export interface Service {
  image?: string;
  profiles?: string[];
  entrypoint?: Args;
  command?: Args;
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, unknown>;
}
export interface ComposeFile {
  services: Record<string, Service>;
}

/** Parsed as Docker Compose does: YAML merge keys (`<<: *app`) resolved before the schema sees the file. */
export function readComposeFile(path = join(ROOT, 'docker-compose.yml')): ComposeFile {
  return parse(readFileSync(path, 'utf8'), { merge: true }) as ComposeFile;
}

export function schemaProblems(file: unknown): string[] {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/compose/fixtures/compose-spec.json'), 'utf8'));
  // Not strict: the schema uses annotations Ajv does not know (`deprecated`), which only describe.
  const ajv = new Ajv({ strict: false, allErrors: true });
  // The schema names draft-07 by its https address; Ajv knows that meta-schema by its http one.
  const draft07 = createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-07.json');
  ajv.addMetaSchema({ ...draft07, $id: schema.$schema });
  const validate = ajv.compile(schema);
  if (validate(file)) return [];
  return (validate.errors ?? []).map((error) => {
    const extra = (error.params as { additionalProperty?: string }).additionalProperty;
    return `${error.instancePath || '/'} ${error.message}${extra ? ` (${extra})` : ''}`;
  });
}

const list = (args: Args): string[] => (args === undefined ? [] : Array.isArray(args) ? args : [args]);
const dependencies = (service: Service): string[] =>
  Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});

/** Whether `dependency` runs whenever `dependent` does: it has no profile, or every profile of the dependent. */
function runsWith(dependent: Service, dependency: Service): boolean {
  const [own, theirs] = [dependent.profiles ?? [], dependency.profiles ?? []];
  return theirs.length === 0 || (own.length > 0 && own.every((profile) => theirs.includes(profile)));
}

export function dependencyProblems({ services }: ComposeFile): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(services)) {
    for (const dependency of dependencies(service)) {
      const target = services[dependency];
      if (!target) {
        problems.push(`${name} depends on ${dependency}, which is no service`);
        continue;
      }
      if (!runsWith(service, target)) {
        problems.push(`${name} (profiles: ${service.profiles?.join(', ') || 'default'}) depends on ${dependency}, only in profiles ${target.profiles?.join(', ')}`);
      }
    }
  }
  return problems;
}

/** The redis-server options of a service (entrypoint then command, as the container runs them), flag → value. */
function redisOptions(service: Service): Map<string, string> | undefined {
  const args = [...list(service.entrypoint), ...list(service.command)];
  const start = args.indexOf('redis-server');
  if (start < 0) return undefined;
  const options = new Map<string, string>();
  for (let i = start + 1; i < args.length; i += 2) options.set(args[i], args[i + 1]);
  return options;
}

export function redisProblems({ services }: ComposeFile): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(services)) {
    const options = redisOptions(service);
    if (!options) continue;
    const wanted = [...REDIS_SERVER_FLAGS, '--appendonly', 'yes'];
    for (let i = 0; i < wanted.length; i += 2) {
      if (options.get(wanted[i]) !== wanted[i + 1]) problems.push(`${name}: ${wanted[i]} is ${options.get(wanted[i]) ?? 'unset'}, not ${wanted[i + 1]}`);
    }
    if (options.get('--cluster-enabled') === 'yes' && options.get('--cluster-announce-hostname') !== name) {
      problems.push(`${name}: a cluster node must announce its service name, not ${options.get('--cluster-announce-hostname') ?? 'its IP'}`);
    }
  }
  return problems;
}

const APPS = {
  bff: { listens: 'BFF_HOST', load: (env: Env) => loadBffConfig(env) },
  worker: { listens: 'WORKER_OPS_HOST', load: (env: Env) => loadWorkerConfig(env) },
  'migo-simulator': { listens: 'SIM_HOST', load: (env: Env) => loadConfig(SimulatorEnv, env) },
};
type Env = Record<string, string | undefined>;

function appOf(service: Service): keyof typeof APPS | undefined {
  const match = list(service.command).join(' ').match(/dist\/apps\/([a-z-]+)\/src\/main\.js/);
  return match?.[1] as keyof typeof APPS | undefined;
}

/**
 * The environment a service's process sees: its `environment`, then what its `sh -c` command does before it starts the
 * app (sourcing /secrets/env, unsetting), run here with the app replaced by a dump of the environment.
 */
function processEnv(service: Service, secretsDir: string): Env {
  const declared = Array.isArray(service.environment)
    ? Object.fromEntries(service.environment.map((entry) => entry.split(/=(.*)/s).slice(0, 2)))
    : Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, String(value ?? '')]));
  const [shell, flag, script] = list(service.command);
  const dump = `exec '${process.execPath}' -e 'process.stdout.write(JSON.stringify(process.env))'`;
  const prelude = shell === 'sh' && flag === '-c' ? script.replaceAll('/secrets/', `${secretsDir}/`).replace(/exec node .*$/, dump) : dump;
  const result = spawnSync('sh', ['-c', prelude], { env: { PATH: process.env.PATH, ...declared }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the command's start failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Env;
}

const hostOf = (address: string) => (address.includes('://') ? new URL(address).hostname : address.split(':')[0]);

/**
 * Each app service gets an environment its app's config accepts (the "secrets" service's /secrets/env, made here by
 * the same script), listens on every interface of its container, and names only services it can reach.
 */
export function environmentProblems(file: ComposeFile): string[] {
  const secretsDir = mkdtempSync(join(tmpdir(), 'compose-secrets-'));
  try {
    const made = spawnSync(process.execPath, [join(ROOT, 'scripts/compose-secrets.mjs')], { env: { PATH: process.env.PATH, SECRETS_DIR: secretsDir }, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`scripts/compose-secrets.mjs failed: ${made.stderr}`);
    const problems: string[] = [];
    for (const [name, service] of Object.entries(file.services)) {
      const app = appOf(service);
      if (!app) continue;
      const env = processEnv(service, secretsDir);
      try {
        APPS[app].load(env);
      } catch (error) {
        if (!(error instanceof ConfigValidationError)) throw error;
        problems.push(...error.problems.map((problem) => `${name}: ${problem}`));
      }
      if (env[APPS[app].listens] !== '0.0.0.0') problems.push(`${name}: ${APPS[app].listens} is ${env[APPS[app].listens] ?? 'unset'}: nothing outside its container reaches it`);
      if (env.REDIS_URL && env.REDIS_CLUSTER_NODES) problems.push(`${name}: REDIS_URL and REDIS_CLUSTER_NODES are both set`);
      const redis = env.REDIS_CLUSTER_NODES ? env.REDIS_CLUSTER_NODES.split(',') : app === 'migo-simulator' || !env.REDIS_URL ? [] : [env.REDIS_URL];
      const urls = Object.entries(env).filter(([key]) => /^MIGO_.*_BASE_URL$/.test(key)).map(([, value]) => value ?? '');
      for (const address of [...redis, ...urls]) {
        const target = file.services[hostOf(address)];
        if (!target) problems.push(`${name}: ${address} names no service`);
        else if (!runsWith(service, target)) problems.push(`${name}: ${address} is a service of another profile`);
      }
      if (env.REDIS_CLUSTER_NODES) {
        for (const node of redis) if (redisOptions(file.services[hostOf(node)] ?? {})?.get('--cluster-enabled') !== 'yes') problems.push(`${name}: ${node} is no cluster node`);
      }
    }
    return problems;
  } finally {
    rmSync(secretsDir, { recursive: true, force: true });
  }
}
