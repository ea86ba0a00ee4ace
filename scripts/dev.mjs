// `npm run dev`: the stack of `npm start` (Redis found or started, the simulator, the worker, the BFF), kept in step
// with the sources. One incremental `tsc --watch` rebuilds dist/; after each compilation without errors, every app
// whose output changed restarts: its own code under apps/<app>, or a lib it loads (see app-dependencies.mjs).
// An app that exited starts again after the next compilation. Ctrl-C (or SIGTERM) stops everything.
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { libUsers } from './lib/app-dependencies.mjs';
import { watchBuild } from './lib/build-watch.mjs';
import { writeDemoWorkbook } from './lib/demo-workbook.mjs';
import { localStack, STACK_APPS, stackBanner } from './lib/local-stack.mjs';
import { ensureStackRedis } from './lib/redis-cluster.mjs';
import { requireSupportedNode } from './lib/runtime.mjs';
import { spawnService, stopAll, waitForHttp } from './lib/services.mjs';

requireSupportedNode();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(join(root, '.env'))) process.loadEnvFile(join(root, '.env'));

const log = (line) => process.stdout.write(`[dev] ${line}\n`);
const redis = await ensureStackRedis();
const stack = localStack(root, redis);
const running = new Map();
const changed = new Set();
let stackStarted = false;
let stopping = false;
let restarts = Promise.resolve();

/** The apps (by name) that the files a compilation wrote belong to. */
function appsBuiltFrom(emitted) {
  const appByDir = new Map(STACK_APPS.map((app) => [app.dir, app.name]));
  const users = libUsers(root, [...appByDir.keys()]);
  const apps = new Set();
  for (const file of emitted) {
    const [area, name] = relative(join(root, 'dist'), file).split(sep);
    if (area === 'apps' && appByDir.has(name)) apps.add(appByDir.get(name));
    if (area === 'libs') for (const dir of users.get(name) ?? appByDir.keys()) apps.add(appByDir.get(dir));
  }
  return apps;
}

async function startApp(app) {
  if (stopping) return;
  const child = spawnService(app.name, join(root, app.entry), stack.env);
  running.set(app.name, child);
  log(`${app.name} started (pid ${child.pid})`);
  child.once('exit', (code, signal) => {
    if (running.get(app.name) === child) running.delete(app.name);
    if (!stopping && !child.stoppedByDev) log(`${app.name} exited (${signal ?? `code ${code}`}); it starts again after the next compilation`);
  });
  try {
    await waitForHttp(`${stack.urls[app.urlKey]}${app.readyPath}`, child);
    log(`${app.name} ready`);
  } catch (error) {
    if (!stopping) log(`${app.name}: ${error.message}`);
  }
}

async function stopApp(app) {
  const child = running.get(app.name);
  if (!child) return;
  child.stoppedByDev = true;
  await stopAll([child]);
}

/** Stops the given apps last-started first, then starts them: the simulator before the apps that call it. */
async function restart(names) {
  const apps = STACK_APPS.filter((app) => names.has(app.name));
  for (const app of [...apps].reverse()) await stopApp(app);
  for (const app of apps.filter((app) => app.startsFirst)) await startApp(app);
  await Promise.all(apps.filter((app) => !app.startsFirst).map(startApp));
}

async function startStack() {
  await restart(new Set(STACK_APPS.map((app) => app.name)));
  if (stopping) return;
  const rows = await writeDemoWorkbook(root, stack.workbook);
  process.stdout.write(stackBanner({ stack, redis, rows, command: 'npm run dev' }));
  log('Watching apps/ and libs/: a change rebuilds dist/ and restarts the apps it touches.');
}

function onCompiled({ errors, emitted }) {
  for (const name of appsBuiltFrom(emitted)) changed.add(name);
  if (stopping) return;
  if (errors > 0) {
    log(`the sources do not compile: ${stackStarted ? 'the apps keep running their last build' : 'the stack starts once they do'}`);
    return;
  }
  if (!stackStarted) {
    stackStarted = true;
    changed.clear();
    restarts = restarts.then(startStack);
    return;
  }
  for (const app of STACK_APPS) if (!running.has(app.name)) changed.add(app.name);
  if (changed.size === 0) return;
  const names = new Set(changed);
  changed.clear();
  log(`restarting ${[...names].join(', ')}`);
  restarts = restarts.then(() => restart(names));
}

const compiler = watchBuild(root, { onCompiled, onLine: (line) => process.stdout.write(`[tsc] ${line}\n`) });
compiler.once('exit', (code) => {
  if (stopping) return;
  process.stderr.write(`The TypeScript compiler exited (code ${code}); stopping the stack.\n`);
  shutdown(1);
});

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping the stack…\n');
  compiler.kill('SIGTERM');
  // In dependency order: nothing is left calling a service that is already gone.
  for (const app of [...STACK_APPS].reverse()) await stopApp(app);
  await redis.stop();
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
