import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, generateDemoSecrets, simulatorEnv, StackProcess, testRedis, TEST_REDIS_URL } from '#test-support';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const APPS = ['bff', 'worker', 'migo-simulator'];

/**
 * A copy of the project's sources and configs in a temporary folder, node_modules linked: builds and edits there never
 * touch the dist/ and the sources that the suites running beside this one use. `withDist` also copies the current
 * build (global-setup made it), so that `tsc --watch` starts from it incrementally instead of compiling everything.
 */
function copyProject(withDist: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'migo-dev-tooling-'));
  for (const entry of ['apps', 'libs', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  if (withDist) cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The environment npm scripts and npx give a command: the pinned Node first on PATH, not Jest's NODE_OPTIONS. */
function projectEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}`, NODE_OPTIONS: '', ...extra };
}

function run(dir: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, args, { cwd: dir, env: projectEnv(dir), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return once(child, 'exit').then(([code]) => ({ code: code as number | null, output }));
}

/** The first line after `from` (an index into `lines`) that matches, waiting for it while the process runs. */
async function lineAfter(proc: StackProcess, from: number, pattern: RegExp, timeoutMs: number): Promise<{ index: number; match: RegExpMatchArray }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (let index = from; index < proc.lines.length; index++) {
      const match = proc.lines[index].match(pattern);
      if (match) return { index, match };
    }
    if (!proc.running || Date.now() > deadline) {
      throw new Error(`${proc.name}: no line matching ${pattern} ${proc.running ? `within ${timeoutMs} ms` : 'before it exited'}\n${proc.lines.slice(-30).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const killGroup = (pid: number) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* the group is gone already */
  }
};

describe('Nest CLI builds each app from nest-cli.json (e2e)', () => {
  let dir: string;
  let simulator: StackProcess | undefined;
  beforeAll(() => {
    dir = copyProject(false);
  });
  afterAll(async () => {
    await simulator?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('`nest build <app>` succeeds for bff, worker and migo-simulator on a clean copy, in the layout package.json imports expect', async () => {
    for (const app of APPS) {
      const { code, output } = await run(dir, ['node_modules/@nestjs/cli/bin/nest.js', 'build', app]);
      expect({ app, code, output }).toEqual({ app, code: 0, output: expect.any(String) });
      expect(existsSync(join(dir, `dist/apps/${app}/src/main.js`))).toBe(true);
    }
    expect(existsSync(join(dir, 'dist/libs/common/src/index.js'))).toBe(true);

    // What the CLI emitted runs as it is (the `#common` imports resolve to dist/libs): the simulator needs no Redis.
    const child = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/migo-simulator/src/main.js'], {
      cwd: dir,
      env: projectEnv(dir, simulatorEnv(generateDemoSecrets())),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    simulator = new StackProcess('simulator', child);
    const [, url] = await simulator.waitFor(/listening on (http:\/\/\S+)/);
    expect((await fetch(`${url}/rest/health`)).status).toBe(200);
  }, 180_000);
});

describe('npm run dev restarts what changed (e2e)', () => {
  const redis = testRedis('e2e-dev-tooling');
  let dir: string;
  let dev: StackProcess | undefined;
  let devChild: ChildProcess | undefined;

  beforeAll(() => {
    dir = copyProject(true);
  });
  afterAll(async () => {
    const pid = devChild?.pid;
    if (pid && dev?.running) {
      const exited = once(devChild!, 'exit');
      devChild!.kill('SIGTERM');
      const timer = setTimeout(() => killGroup(pid), 30_000);
      await exited;
      clearTimeout(timer);
    }
    // Anything of the command's that outlived it (only after a failure).
    if (pid) killGroup(pid);
    await redis.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('starts the stack, restarts only the BFF after a change to a BFF source, and stops everything on SIGTERM', async () => {
    const [simPort, bffPort, workerOpsPort] = [await freePort(), await freePort(), await freePort()];
    const bffUrl = `http://127.0.0.1:${bffPort}`;
    // Its own process group: whatever happens to the test, afterAll can end every process the command started.
    devChild = spawn(process.execPath, ['scripts/dev.mjs'], {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: projectEnv(dir, {
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: redis.prefix,
        SIM_PORT: String(simPort),
        BFF_PORT: String(bffPort),
        WORKER_OPS_PORT: String(workerOpsPort),
        LOG_FORMAT: 'json',
      }),
    });
    dev = new StackProcess('dev', devChild);

    const first = await lineAfter(dev, 0, /^\[dev\] bff started \(pid (\d+)\)/, 90_000);
    const oldPid = Number(first.match[1]);
    const ready = await lineAfter(dev, first.index, /^\[dev\] Watching apps\/ and libs\//, 60_000);
    expect((await fetch(`${bffUrl}/health/live`)).status).toBe(200);

    appendFileSync(join(dir, 'apps/bff/src/main.ts'), '\n// dev-tooling e2e: a harmless change that must restart the BFF\n');

    const restarting = await lineAfter(dev, ready.index, /^\[dev\] restarting (.+)$/, 30_000);
    expect(restarting.match[1]).toBe('bff');
    const second = await lineAfter(dev, restarting.index, /^\[dev\] bff started \(pid (\d+)\)/, 30_000);
    const newPid = Number(second.match[1]);
    expect(newPid).not.toBe(oldPid);
    expect(isAlive(oldPid)).toBe(false);
    await lineAfter(dev, second.index, /^\[dev\] bff ready/, 30_000);
    expect((await fetch(`${bffUrl}/health/live`)).status).toBe(200);
    expect(dev.lines.slice(restarting.index).filter((line) => /^\[dev\] (simulator|worker) started/.test(line))).toEqual([]);

    // Ctrl-C's path: the command stops every process it started and exits 0.
    const exited = once(devChild, 'exit');
    devChild.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(isAlive(newPid)).toBe(false);
  }, 180_000);
});
