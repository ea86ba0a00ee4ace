import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventually, freePort, freshConnection, generateDemoSecrets, spawnBff, spawnSimulator, StackProcess, TEST_APPS, TEST_REDIS_URL, testRedis, TestRedis } from '#test-support';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');


/** The shell block of README's "Try it" section, exactly as printed there. */
function tryItBlock(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Try it'));
  return /```\n([\s\S]*?)```/.exec(section)![1];
}

function run(command: string, args: string[], env: Record<string, string>, timeoutMs = 60000): Promise<{ code: number | null; output: string }> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', npm_config_update_notifier: 'false', ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return once(child, 'exit').then(([code]) => (clearTimeout(timer), { code: code as number | null, output }));
}

describe('operations (e2e)', () => {
  const secrets = generateDemoSecrets();
  let redis: TestRedis;
  let sim: { process: StackProcess; url: string };
  /** A BFF logging JSON lines, shared by the tests that only read from it. */
  let bff: { process: StackProcess; url: string };
  const started: StackProcess[] = [];

  beforeAll(async () => {
    redis = testRedis('e2e-ops');
    sim = await spawnSimulator(secrets);
    started.push(sim.process);
    bff = await spawnBff(sim.url, options(), { LOG_FORMAT: 'json' });
    started.push(bff.process);
  }, 60000);
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await redis.cleanup();
  }, 60000);

  const options = () => ({ secrets, redisPrefix: redis.prefix });

  it('serves the Swagger UI at /docs and the OpenAPI document at /docs-json, without a key', async () => {
    const page = await fetch(`${bff.url}/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/swagger-ui/i);
    const init = await fetch(`${bff.url}/docs/swagger-ui-init.js`);
    expect(init.status).toBe(200);
    expect(await init.text()).toMatch(/"openapi": *"3\.1\.0"/);
    const asset = await fetch(`${bff.url}/docs/swagger-ui-bundle.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const document = (await (await fetch(`${bff.url}/docs-json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/v1/jobs/{id}/events', '/v1/wallet/cards/transfer', '/metrics', '/health/ready']));
  }, 30000);

  it('logs JSON lines carrying the request id, or readable lines with LOG_FORMAT=pretty', async () => {
    const json = bff;
    const pretty = await spawnBff(sim.url, options(), { LOG_FORMAT: 'pretty' });
    started.push(pretty.process);
    await fetch(`${json.url}/v1/jobs`, { headers: { authorization: `Bearer ${TEST_APPS.all.key}`, 'x-request-id': 'ops-json-1' } });
    await fetch(`${pretty.url}/v1/jobs`, { headers: { authorization: `Bearer ${TEST_APPS.all.key}`, 'x-request-id': 'ops-pretty-1' } });
    const jsonLine = await eventually(async () => json.process.lines.find((line) => line.includes('ops-json-1')));
    expect(JSON.parse(jsonLine)).toMatchObject({ level: 'info', requestId: 'ops-json-1', app: 'all', route: '/v1/jobs', status: 200, msg: 'request completed' });
    const prettyLine = await eventually(async () => pretty.process.lines.find((line) => line.includes('ops-pretty-1')));
    expect(() => JSON.parse(prettyLine)).toThrow();
    expect(prettyLine).toMatch(/INFO.*request completed/);
    for (const line of [...json.process.lines, ...pretty.process.lines]) expect(line).not.toContain(TEST_APPS.all.key);
  }, 30000);

  describe('npm start', () => {
    let stack: ChildProcess;
    let output = '';
    let bffUrl = '';
    let simPort = 0;

    afterAll(async () => {
      if (stack?.exitCode === null) {
        stack.kill('SIGKILL');
        await once(stack, 'exit');
      }
    });

    it('brings up Redis, the simulator, the worker and the BFF, and prints the URLs and the demo key', async () => {
      simPort = await freePort();
      const bffPort = await freePort();
      bffUrl = `http://127.0.0.1:${bffPort}`;
      stack = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          REDIS_URL: TEST_REDIS_URL,
          REDIS_KEY_PREFIX: `${redis.prefix}:start`,
          SIM_PORT: String(simPort),
          BFF_PORT: String(bffPort),
          // The demo's pace (5 rows a second, to watch the bar fill) is not what this checks: the 40-row upload takes 1 s.
          SIM_UPLOAD_ROWS_PER_SECOND: '40',
        },
      });
      stack.stdout!.on('data', (chunk) => (output += chunk));
      stack.stderr!.on('data', (chunk) => (output += chunk));
      await eventually(async () => (output.includes('Press Ctrl-C to stop everything.') ? true : undefined), 60000, 200);
      const demoKey = JSON.parse(readFileSync(join(ROOT, '.local/dev-secrets.json'), 'utf8')).demoApiKey as string;
      expect(output).toContain(`BFF            ${bffUrl}/v1`);
      expect(output).toContain(`API docs       ${bffUrl}/docs`);
      expect(output).toContain(`Demo API key   ${demoKey}`);
      expect((await fetch(`${bffUrl}/health/ready`)).status).toBe(200);
    }, 90000);

    it('runs README’s "Try it" lines as printed: a view, an idempotent transfer, an Excel upload watched live', async () => {
      const block = tryItBlock().replaceAll('http://127.0.0.1:3000', bffUrl);
      const { code, output: printed } = await run('bash', ['-c', `set -euo pipefail\n${block}`], {}, 90000);
      expect(printed).toContain('"partial":');
      expect(printed).toMatch(/"cardholder":\{"id":1,"partnerId":"acme"/);
      expect(printed).toMatch(/HTTP\/1\.1 201/);
      expect(printed).toMatch(/\[█+\] 100%\s+succeeded\s+40\/40/);
      expect(printed).toMatch(/Job job_\w+ succeeded\./);
      expect(printed).toMatch(/^ID\s+TYPE\s+STATE/m);
      expect(code).toBe(0);

      // The same transfer line again: replayed, not a second transfer.
      const transferLine = block.split('\n').find((line) => line.includes('/v1/wallet/cards/transfer'))!;
      const again = await run('bash', ['-c', `${block.split('\n')[0]}\n${transferLine}`], {});
      expect(again.output).toMatch(/idempotent-replayed: true/i);

      const demoKey = JSON.parse(readFileSync(join(ROOT, '.local/dev-secrets.json'), 'utf8')).demoApiKey as string;
      const metrics = await (await fetch(`${bffUrl}/metrics`, { headers: { authorization: `Bearer ${demoKey}` } })).text();
      expect(metrics).toMatch(/bff_http_request_duration_seconds_count\{method="POST",route="\/v1\/cms\/partners\/:partnerId\/cardholders\/upload",status="202"\} 1/);
      // The finished tracker left the queue (finished BullMQ jobs are removed; the job record keeps the outcome).
      for (const state of ['waiting', 'delayed', 'completed', 'failed']) expect(metrics).toMatch(new RegExp(`bff_tracker_queue_jobs\\{queue="trackers-cms",state="${state}"\\} 0`));
    }, 120000);

    it('stops every service on Ctrl-C', async () => {
      stack.kill('SIGINT');
      const [code] = await once(stack, 'exit');
      expect(code).toBe(0);
      expect(output).toContain('Stopping the stack');
      expect(output).toMatch(/\[bff\].*bff stopped/);
      expect(output).toMatch(/\[worker\].*worker stopped/);
      expect(await freshConnection(`${bffUrl}/health/live`)).toBe('ECONNREFUSED');
      expect(await freshConnection(`http://127.0.0.1:${simPort}/rest/health`)).toBe('ECONNREFUSED');
    }, 60000);
  });
});
