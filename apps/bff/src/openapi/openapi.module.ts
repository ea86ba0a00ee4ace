import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { RouteCatalog } from './route-catalog.js';

/** The route catalog the OpenAPI document is derived from (the document itself is served by installApiDocs). */
@Module({ imports: [DiscoveryModule], providers: [RouteCatalog], exports: [RouteCatalog] })
export class OpenApiModule {}
