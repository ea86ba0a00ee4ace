import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SimulatorEnv } from './config/simulator.config.js';
import { FaultRegistry } from './core/faults.js';
import { installRequestHooks } from './core/request-hooks.js';
import { SimExceptionFilter } from './core/sim-exception.filter.js';
import { SimStats } from './core/sim-stats.js';
import { simValidationPipe } from './core/validation.js';
import { SimulatorModule } from './simulator.module.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

function logLevels(level: string): LogLevel[] | false {
  if (level === 'silent') return false;
  const wanted = level === 'info' ? 'log' : (level as LogLevel);
  return LEVELS.slice(0, LEVELS.indexOf(wanted) + 1);
}

/** Largest upload Migo accepts (the CMS Excel limit is 16 MB). */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

/** Builds the simulator (not listening yet) so tests can run it in-process. */
export async function createSimulatorApp(env: SimulatorEnv): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ multipart: { limits: { fileSize: MAX_UPLOAD_BYTES, files: 4 } } });
  const app = await NestFactory.create<NestFastifyApplication>(SimulatorModule.forRoot(env), adapter, { logger: logLevels(env.SIM_LOG_LEVEL) });
  app.useGlobalPipes(simValidationPipe());
  app.useGlobalFilters(new SimExceptionFilter());
  installRequestHooks(app.getHttpAdapter().getInstance(), app.get(SimStats), app.get(FaultRegistry));
  app.enableShutdownHooks();
  await app.init();
  return app;
}
