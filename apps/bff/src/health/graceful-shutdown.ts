import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppLogger } from '#common';
import { JobEventStreams } from '../jobs/job-event-streams.service.js';
import { ShutdownState } from './shutdown-state.js';

/**
 * SIGTERM without cutting anyone off, in this order:
 * 1. draining starts: readiness answers 503, long-polls answer with what they have, every response closes its
 *    keep-alive connection;
 * 2. the listening socket closes (no new connections) and idle keep-alive connections are dropped;
 * 3. SSE streams end with a `retry:` hint, so clients reconnect to another instance with their Last-Event-ID;
 * 4. in-flight requests finish, up to `graceMs`; whatever is still open then is closed;
 * 5. Nest shuts down (Redis, queues, upstream pools).
 * Nest's own order (module destroy hooks before the server closes) would cut requests still running.
 */
export async function drainAndClose(app: NestFastifyApplication, options: { graceMs: number; logger: AppLogger }): Promise<void> {
  const { logger, graceMs } = options;
  const state = app.get(ShutdownState);
  const server = app.getHttpServer();
  state.begin();
  server.close();
  server.closeIdleConnections();
  const streams = app.get(JobEventStreams).endAll();
  logger.info({ inFlight: state.inFlight, sseStreamsEnded: streams, graceMs }, 'draining: no new connections; finishing in-flight requests');
  if (await state.whenIdle(graceMs)) {
    logger.info('every in-flight request finished');
  } else {
    logger.warn({ stillOpen: state.inFlight }, 'grace period over: closing the remaining connections');
    server.closeAllConnections();
  }
  server.closeIdleConnections();
  await app.close();
}
