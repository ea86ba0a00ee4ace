import { Module } from '@nestjs/common';
import { MiddlewareClient } from './middleware.client.js';
import { MiddlewareWriteLookup } from './write-references.js';

/** Needs MigoHttpModule and MigoAuthModule (both global) in the importing app. */
@Module({ providers: [MiddlewareClient, MiddlewareWriteLookup], exports: [MiddlewareClient, MiddlewareWriteLookup] })
export class MiddlewareClientModule {}
