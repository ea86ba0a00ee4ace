import { readFileSync } from 'node:fs';
import { JobsEnv } from '#jobs';
import { IdempotencyEnv, RedisEnv } from '#common';
import { MigoCredentialsEnv } from '#migo-auth';
import { MigoUpstreamEnv } from '#migo-http';
import { SimulatorEnv } from '../../../migo-simulator/src/config/simulator.config.js';
import { WorkerEnv } from '../../../worker/src/config/worker.config.js';
import { CmsSessionEnv } from '../surfaces/cms/operator-sessions/cms-session.config.js';
import { BffEnv } from './bff.config.js';

describe('.env.example', () => {
  const documented = new Set(
    readFileSync(new URL('../../../../.env.example', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => /^(?:# )?([A-Z][A-Z0-9_]*)=/.exec(line)?.[1]) // `# NAME=…`: documented, off by default (REDIS_CLUSTER_NODES)
      .filter(Boolean),
  );

  it.each([BffEnv, WorkerEnv, SimulatorEnv, RedisEnv, IdempotencyEnv, JobsEnv, MigoUpstreamEnv, MigoCredentialsEnv, CmsSessionEnv])('documents every variable of %p', (schema) => {
    const missing = Object.keys(new (schema as new () => object)()).filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
