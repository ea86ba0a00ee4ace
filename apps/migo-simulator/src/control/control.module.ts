import { Module } from '@nestjs/common';
import { ControlController } from './control.controller.js';

@Module({ controllers: [ControlController] })
export class ControlModule {}
