import '#supported-node';
import 'reflect-metadata';
import { createLogger, loadConfigsOrExit, REDIS, whenRedisReady } from '#common';
import { createBffApp } from './create-bff-app.js';
import { BFF_CONFIG_SCHEMAS } from './config/load-bff-config.js';
import { drainAndClose } from './health/graceful-shutdown.js';

const config = loadConfigsOrExit(BFF_CONFIG_SCHEMAS, 'bff');
const logger = createLogger({ name: 'bff', level: config.bff.LOG_LEVEL, format: config.bff.LOG_FORMAT });
const app = await createBffApp(config, logger);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    // A second signal (Ctrl-C in a terminal also reaches every child of `npm start`) does not cut the drain short.
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    drainAndClose(app, { graceMs: config.bff.BFF_SHUTDOWN_GRACE_MS, logger }).then(
      () => {
        logger.info('bff stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

// Start-up is quick enough (the rate limit no longer loads @nestjs/throttler) to listen before the HTTP-path Redis
// connection is made; requests in that window were refused ("Stream isn't writeable").
if (!(await whenRedisReady(app.get(REDIS), 3000))) logger.warn('Redis is not answering yet: listening anyway, requests that need it get 503 until it does');
await app.listen({ port: config.bff.BFF_PORT, host: config.bff.BFF_HOST });
const address = app.getHttpServer().address();
const port = typeof address === 'object' && address ? address.port : config.bff.BFF_PORT;
process.stdout.write(`bff listening on http://${config.bff.BFF_HOST}:${port}\n`);
