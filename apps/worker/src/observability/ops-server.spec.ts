import { OpsChecks, OpsServer, startOpsServer } from './ops-server.js';

describe('worker ops server', () => {
  let server: OpsServer;
  let notReady: string | undefined;
  const checks: OpsChecks = {
    metrics: async () => ({ contentType: 'text/plain; version=0.0.4; charset=utf-8', body: 'worker_tracker_steps_total{type="middleware.payment-link",outcome="finished"} 3\n' }),
    notReady: async () => notReady,
  };

  beforeAll(async () => {
    server = await startOpsServer('127.0.0.1', 0, checks);
  });
  afterAll(() => server.close());

  it('serves the Prometheus exposition at /metrics', async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await response.text()).toContain('worker_tracker_steps_total');
  });

  it('answers liveness always, and readiness with the reason it is not ready', async () => {
    notReady = undefined;
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
    notReady = 'shutting down: finishing the tracker steps in flight';
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: notReady });
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
  });

  it('refuses other paths and methods with a problem document', async () => {
    const missing = await fetch(`${server.url}/jobs`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
    const post = await fetch(`${server.url}/metrics`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('content-type')).toBe('application/problem+json');
  });

  it('fails to start, rather than run without probes, when its port is taken', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startOpsServer('127.0.0.1', port, checks)).rejects.toThrow(/EADDRINUSE/);
  });
});
