import { Controller, Get, Header, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { RequireScopes } from '../auth/auth.decorators.js';
import { BffMetrics } from './bff-metrics.js';
import { NotPartnerData } from '../access/access-declaration.js';
import { AnsweredLocally, OperationId, Produces } from '../openapi/route-docs.js';

/** Prometheus text exposition, for API keys with the `admin` scope (scrape with `authorization: Bearer <key>`). */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: BffMetrics) {}

  @Get()
  @OperationId('scrapeMetrics')
  @Produces('prometheus')
  @AnsweredLocally()
  @RequireScopes('admin')
  @NotPartnerData('operational metrics: route templates and counts, never an id')
  @Header('cache-control', 'no-store')
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    reply.type(this.metrics.contentType);
    return this.metrics.exposition();
  }
}
