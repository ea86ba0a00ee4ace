import { ConfigValidationError, loadConfig } from '../config/load-config.js';
import { RedisEnv } from './redis.config.js';
import { redisTarget } from './redis-connection.js';

describe('RedisEnv: one Redis server or a cluster', () => {
  it('refuses REDIS_URL and REDIS_CLUSTER_NODES together', () => {
    expect(() => loadConfig(RedisEnv, { REDIS_URL: 'redis://127.0.0.1:6379', REDIS_CLUSTER_NODES: '127.0.0.1:7000' })).toThrow(/not both/);
  });

  it('refuses a seed list that is not host:port, comma-separated', () => {
    for (const nodes of ['127.0.0.1', 'redis://127.0.0.1:7000', '127.0.0.1:7000;127.0.0.1:7001']) {
      expect(() => loadConfig(RedisEnv, { REDIS_CLUSTER_NODES: nodes })).toThrow(ConfigValidationError);
    }
  });

  it('reads the cluster seeds, or the one server (by default the local one)', () => {
    expect(redisTarget(loadConfig(RedisEnv, { REDIS_CLUSTER_NODES: '10.0.0.1:7000,redis-2.internal:7001', REDIS_URL: '' }))).toEqual({
      kind: 'cluster',
      nodes: [
        { host: '10.0.0.1', port: 7000 },
        { host: 'redis-2.internal', port: 7001 },
      ],
    });
    expect(redisTarget(loadConfig(RedisEnv, {}))).toEqual({ kind: 'server', url: 'redis://127.0.0.1:6379' });
    expect(redisTarget(loadConfig(RedisEnv, { REDIS_URL: 'redis://10.0.0.5:6380' }))).toEqual({ kind: 'server', url: 'redis://10.0.0.5:6380' });
  });
});
