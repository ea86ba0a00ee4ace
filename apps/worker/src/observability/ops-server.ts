import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OpsChecks {
  /** The Prometheus exposition. */
  metrics(): Promise<{ contentType: string; body: string }>;
  /** Why the worker cannot take tracker steps now (shutting down, Redis silent), or undefined when it can. */
  notReady(): Promise<string | undefined>;
}

export interface OpsServer {
  url: string;
  close(): Promise<void>;
}

function json(response: ServerResponse, status: number, body: object, contentType = 'application/json'): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function answer(request: IncomingMessage, response: ServerResponse, checks: OpsChecks): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return json(response, 405, { type: 'about:blank', title: 'Method Not Allowed', status: 405, detail: 'The ops port only answers GET' }, 'application/problem+json');
  }
  switch (path) {
    case '/health/live':
      return json(response, 200, { status: 'ok' });
    case '/health/ready': {
      const reason = await checks.notReady();
      return reason ? json(response, 503, { status: 'unavailable', reason }) : json(response, 200, { status: 'ok' });
    }
    case '/metrics': {
      const { contentType, body } = await checks.metrics();
      response.writeHead(200, { 'content-type': contentType });
      response.end(body);
      return;
    }
    default:
      return json(response, 404, { type: 'about:blank', title: 'Not Found', status: 404, detail: 'The ops port serves /metrics, /health/live and /health/ready' }, 'application/problem+json');
  }
}

/**
 * The worker's operations port: Prometheus metrics and liveness/readiness probes, nothing else. It carries no job
 * data and no secret (labels are job types and route templates), and binds to WORKER_OPS_HOST (loopback unless set).
 */
export function startOpsServer(host: string, port: number, checks: OpsChecks): Promise<OpsServer> {
  const server = createServer((request, response) => {
    answer(request, response, checks).catch((error: Error) => json(response, 500, { status: 'error', reason: error.message }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
