import { ComposeFile, dependencyProblems, environmentProblems, readComposeFile, redisProblems, schemaProblems } from './compose-checks.js';

/**
 * docker-compose.yml checked without a container engine (issue 19): against the Compose Specification's JSON schema
 * (test/compose/fixtures, README there says which version), then what the schema cannot say. Each check is also run
 * on a broken copy, so a check that stopped looking would fail here.
 */
describe('docker-compose.yml (e2e)', () => {
  const file = readComposeFile();
  const broken = (change: (copy: ComposeFile) => void): ComposeFile => {
    const copy = structuredClone(file);
    change(copy);
    return copy;
  };

  it('is valid under the Compose Specification schema; a misspelt key or a wrong type is not', () => {
    expect(schemaProblems(file)).toEqual([]);
    const misspelt = broken(({ services }) => Object.assign(services.bff, { healthchek: (services.bff as Record<string, unknown>).healthcheck }));
    expect(schemaProblems(misspelt)).toContainEqual(expect.stringContaining('(healthchek)'));
    const wrongType = broken(({ services }) => Object.assign(services['bff-cluster'], { ports: 3001, profiles: 'cluster' }));
    expect(schemaProblems(wrongType)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/services\/bff-cluster\/ports must be array/), expect.stringMatching(/^\/services\/bff-cluster\/profiles must be array/)]));
  });

  it('has the single-Redis stack by default and the cluster stack under the "cluster" profile', () => {
    const inCluster = Object.entries(file.services).filter(([, service]) => service.profiles?.includes('cluster')).map(([name]) => name);
    expect(inCluster.sort()).toEqual(['bff-cluster', ...[1, 2, 3, 4, 5, 6].map((n) => `redis-cluster-${n}`), 'redis-cluster-init', 'worker-cluster'].sort());
    const byDefault = Object.entries(file.services).filter(([, service]) => !service.profiles).map(([name]) => name);
    expect(byDefault.sort()).toEqual(['bff', 'redis', 'secrets', 'simulator', 'worker']);
  });

  it('depends only on services that run with it: none unknown, none of a profile the dependent lacks', () => {
    expect(dependencyProblems(file)).toEqual([]);
    const unknown = broken(({ services }) => Object.assign(services.bff.depends_on as object, { 'redis-clustr': { condition: 'service_healthy' } }));
    expect(dependencyProblems(unknown)).toEqual(['bff depends on redis-clustr, which is no service']);
    const defaultOnProfile = broken(({ services }) => Object.assign(services.worker.depends_on as object, { 'redis-cluster-init': { condition: 'service_completed_successfully' } }));
    expect(dependencyProblems(defaultOnProfile)).toEqual(['worker (profiles: default) depends on redis-cluster-init, only in profiles cluster']);
  });

  it('runs every Redis with REDIS_SERVER_FLAGS and append-only; cluster nodes announce their service names', () => {
    expect(redisProblems(file)).toEqual([]);
    const defaults = broken(({ services }) => {
      services.redis.command = ['redis-server', '--appendonly', 'yes', '--maxmemory-policy', 'noeviction'];
      services['redis-cluster-2'].command = ['redis-cluster-1'];
    });
    expect(redisProblems(defaults)).toEqual([
      'redis: --hash-max-listpack-value is unset, not 256',
      'redis: --lazyfree-lazy-expire is unset, not yes',
      'redis-cluster-2: a cluster node must announce its service name, not redis-cluster-1',
    ]);
  });

  it("gives each app service an environment its app's config accepts, reachable addresses and services that exist", () => {
    expect(environmentProblems(file)).toEqual([]);
    const mistakes = broken(({ services }) => {
      services.bff.command = ['node', 'dist/apps/bff/src/main.js']; // without the secrets
      delete (services.worker.environment as Record<string, string>).WORKER_OPS_HOST;
      (services['bff-cluster'].environment as Record<string, string>).REDIS_CLUSTER_NODES = 'redis-cluster-1:6379,redis:6379';
      (services['worker-cluster'].command as string[])[2] = '. /secrets/env && exec node dist/apps/worker/src/main.js'; // REDIS_URL kept
    });
    const problems = environmentProblems(mistakes);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bff: MIGO_MERCHANT_PRIVATE_KEY/),
        'worker: WORKER_OPS_HOST is unset: nothing outside its container reaches it',
        'bff-cluster: redis:6379 is no cluster node',
        'worker-cluster: REDIS_URL and REDIS_CLUSTER_NODES are both set',
      ]),
    );
  });
});
