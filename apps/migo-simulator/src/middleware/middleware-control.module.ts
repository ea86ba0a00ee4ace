import { Module } from '@nestjs/common';
import { MiddlewareControlController } from './middleware-control.controller.js';
import { MiddlewareModule } from './middleware.module.js';

/** Mounted by SimulatorModule under /__sim/middleware. */
@Module({ imports: [MiddlewareModule], controllers: [MiddlewareControlController] })
export class MiddlewareControlModule {}
