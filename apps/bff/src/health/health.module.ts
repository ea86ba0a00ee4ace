import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { ShutdownState } from './shutdown-state.js';

/** Probes, and the instance's shutdown state (global: long-polls end early while the instance drains). */
@Global()
@Module({ imports: [TerminusModule], controllers: [HealthController], providers: [ShutdownState], exports: [ShutdownState] })
export class HealthModule {}
