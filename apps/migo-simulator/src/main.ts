import '#supported-node';
import 'reflect-metadata';
import { loadConfigOrExit } from '#common';
import { SimulatorEnv } from './config/simulator.config.js';
import { createSimulatorApp } from './create-simulator-app.js';

const env = loadConfigOrExit(SimulatorEnv, 'migo-simulator');
const app = await createSimulatorApp(env);
await app.listen({ port: env.SIM_PORT, host: env.SIM_HOST });
const address = app.getHttpServer().address();
const port = typeof address === 'object' && address ? address.port : env.SIM_PORT;
process.stdout.write(
  `migo-simulator listening on http://${env.SIM_HOST}:${port} ` +
    `(wallet /rest, cms /cms/rest, middleware /mw, migration /migration, control /__sim)\n`,
);
