import 'reflect-metadata';
import { loadConfigsOrExit } from '#common';
import { createBffApp } from './create-bff-app.js';
import { BFF_CONFIG_SCHEMAS } from './config/load-bff-config.js';

const config = loadConfigsOrExit(BFF_CONFIG_SCHEMAS, 'bff');
const app = await createBffApp(config);
await app.listen({ port: config.bff.BFF_PORT, host: config.bff.BFF_HOST });
const address = app.getHttpServer().address();
const port = typeof address === 'object' && address ? address.port : config.bff.BFF_PORT;
process.stdout.write(`bff listening on http://${config.bff.BFF_HOST}:${port}\n`);
