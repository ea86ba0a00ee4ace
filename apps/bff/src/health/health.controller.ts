import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { REDIS } from '#common';
import { UpstreamHttp } from '#migo-http';
import { Public } from '../auth/auth.decorators.js';

/** Liveness says the process runs; readiness says it can serve (Redis reachable; upstream breakers reported). */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly upstream: UpstreamHttp,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () =>
        this.indicators
          .check('redis')
          .attempt(async () => {
            await this.redis.ping();
            return {};
          })
          .withTimeout(1000),
      ...this.upstream.configuredUpstreams().map((name) => () => {
        const breaker = this.upstream.breakerState(name);
        const session = this.indicators.check(`upstream:${name}`);
        // An open breaker degrades the BFF (views answer partially) but does not take it out of rotation.
        return breaker === 'closed' ? session.up({ breaker }) : session.degraded({ breaker });
      }),
    ]);
  }
}
