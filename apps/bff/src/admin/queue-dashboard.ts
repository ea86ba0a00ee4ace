import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import type { ApiClientRegistry } from '../auth/api-clients.js';
import { adminOnly } from './admin-auth.middleware.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board for operators at /admin/queues (admin scope). Mounted as a Fastify plugin with its own auth hook:
 * it is not a Nest controller, so the API-key guard does not cover it.
 */
export function installQueueDashboard(fastify: FastifyInstance, queues: Queue[], clients: ApiClientRegistry): void {
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter, options: { uiConfig: { boardTitle: 'Migo BFF trackers' } } });
  const guard = adminOnly(clients);
  fastify.register(
    async (scope) => {
      scope.addHook('onRequest', guard);
      await scope.register(serverAdapter.registerPlugin() as never);
    },
    { prefix: QUEUE_DASHBOARD_PATH },
  );
}
