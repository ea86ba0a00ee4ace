import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '#common';
import { SimulatorEnv } from '../../apps/migo-simulator/src/config/simulator.config.js';
import { createSimulatorApp } from '../../apps/migo-simulator/src/create-simulator-app.js';
import { DemoSecrets, generateDemoSecrets } from './demo-secrets.js';

export interface RunningSimulator {
  url: string;
  app: NestFastifyApplication;
  secrets: DemoSecrets;
  /** JSON call helper against the simulator. */
  call<T = any>(method: string, path: string, init?: { body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
}

/** Env for a simulator wired to the given secrets, as npm start and the e2e harness build it. */
export function simulatorEnv(secrets: DemoSecrets, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    SIM_PORT: '0',
    SIM_LOG_LEVEL: 'silent',
    SIM_MERCHANT_SLUG: secrets.merchantSlug,
    SIM_MERCHANT_PUBLIC_KEY: secrets.publicKeyPem,
    SIM_MW_MERCHANT_TOKEN: secrets.middlewareMerchantToken,
    SIM_MW_JWT: secrets.middlewareJwt,
    SIM_MIGRATION_JWT: secrets.migrationJwt,
    ...overrides,
  };
}

/** Starts the simulator in this process on a free port. */
export async function startSimulator(overrides: Record<string, string> = {}, secrets = generateDemoSecrets()): Promise<RunningSimulator> {
  const env = loadConfig(SimulatorEnv, simulatorEnv(secrets, overrides));
  const app = await createSimulatorApp(env);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    app,
    secrets,
    async call(method, path, init = {}) {
      const response = await fetch(`${url}${path}`, {
        method,
        headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* plain-text bodies (e.g. dismiss "OK") stay as text */
      }
      return { status: response.status, body: body as any, headers: response.headers };
    },
    close: () => app.close(),
  };
}
