import { Module } from '@nestjs/common';
import { MiddlewareClient } from './middleware.client.js';

/** Needs MigoHttpModule and MigoAuthModule (both global) in the importing app. */
@Module({ providers: [MiddlewareClient], exports: [MiddlewareClient] })
export class MiddlewareClientModule {}
