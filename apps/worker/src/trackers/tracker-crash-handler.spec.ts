import type { Job } from 'bullmq';
import { once } from 'node:events';
import { createRedisClient, RedisEnv, RedisKeys } from '#common';
import { JobStore } from '#jobs';
import type { TrackerJobData } from '#jobs';
import { PrivateRedis } from '#test-support';
import { CmsTrackerProcessor } from './tracker.processors.js';
import type { TrackerRunner } from './tracker-runner.service.js';

/**
 * Finding 7: the worker's failure handler wrote through a fail-fast Redis client, and as a BullMQ event handler its
 * rejection was nobody's to handle: with Redis down it rejected unhandled.
 */
describe('the crashed-tracker handler', () => {
  it('finding 7: never rejects, even with Redis down', async () => {
    const server = await PrivateRedis.start();
    const client = createRedisClient(Object.assign(new RedisEnv(), { REDIS_URL: server.url }), 'crash-handler-spec');
    try {
      if (client.status !== 'ready') await once(client, 'ready');
      await server.stop();
      const processor = new CmsTrackerProcessor({} as TrackerRunner, new JobStore(client, new RedisKeys('crash-handler-spec')));
      const job = { id: 'job_0123456789abcdef0123456789', data: { app: 'acme' } } as unknown as Job<TrackerJobData>;
      await expect(processor.onFailed(job, new Error('a bug in a tracker'))).resolves.toBeUndefined();
    } finally {
      client.disconnect();
      await server.dispose();
    }
  });
});
