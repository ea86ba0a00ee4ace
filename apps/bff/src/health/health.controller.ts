import { Controller, Get, Inject, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { REDIS, type RedisConnection } from '#common';
import { UpstreamHttp } from '#migo-http';
import type { UpstreamName } from '#migo-http';
import { Public } from '../auth/auth.decorators.js';
import { ShutdownState } from './shutdown-state.js';
import { UPSTREAM_PROBE_CACHE_MS, UPSTREAM_PROBE_ROUTES, UPSTREAM_PROBE_TIMEOUT_MS } from './upstream-probes.js';
import { AnsweredLocally, OperationId, Returns } from '../openapi/route-docs.js';
import { Liveness, Readiness } from './health.schemas.js';

/**
 * Liveness says the process runs. Readiness says it can serve: not while draining, not while Redis is unreachable
 * (503); each configured upstream reports its breaker and, where Migo has one, its health probe (an unhealthy
 * upstream degrades the BFF, whose other routes and partial views still work, but does not take it out of rotation).
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly upstream: UpstreamHttp,
    private readonly shutdown: ShutdownState,
    @Inject(REDIS) private readonly redis: RedisConnection,
  ) {}

  @Get('live')
  @OperationId('getLiveness')
  @Returns(Liveness)
  @AnsweredLocally()
  live(): Liveness {
    return { status: 'ok' };
  }

  @Get('ready')
  @OperationId('getReadiness')
  @Returns(Readiness)
  @HealthCheck()
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    try {
      return await this.health.check([
        () => (this.shutdown.draining ? this.indicators.check('lifecycle').down({ message: 'draining: this instance is shutting down' }) : this.indicators.check('lifecycle').up()),
        () =>
          this.indicators
            .check('redis')
            .attempt(async () => {
              await this.redis.ping();
              return {};
            })
            .withTimeout(1000),
        ...this.upstream.configuredUpstreams().map((name) => () => this.upstreamHealth(name)),
      ]);
    } catch (error) {
      // Probes read the status; the body says which check failed (terminus' report, as documented in OpenAPI).
      if (!(error instanceof ServiceUnavailableException)) throw error;
      reply.status(503);
      return error.getResponse();
    }
  }

  private async upstreamHealth(name: UpstreamName): Promise<HealthIndicatorResult> {
    const key = `upstream:${name}`;
    // Reads and writes have breakers of their own; `breaker` is the worse of the two.
    const breakers = this.upstream.breakerStates(name);
    const breaker = breakers.writes !== 'closed' ? breakers.writes : breakers.reads;
    const route = UPSTREAM_PROBE_ROUTES[name];
    let probe: Record<string, unknown> = { probe: 'none: Migo documents no health endpoint here, the breaker reflects recent calls' };
    let probeUp = true;
    if (route) {
      const result = await this.indicators
        .check(key)
        .attempt(async ({ signal }) => {
          await this.upstream.request({ upstream: name, method: 'GET', route, idempotent: false, timeoutMs: UPSTREAM_PROBE_TIMEOUT_MS, signal });
          return {};
        })
        .withTimeout(UPSTREAM_PROBE_TIMEOUT_MS + 500)
        .cacheFor(UPSTREAM_PROBE_CACHE_MS);
      const { status, ...details } = result[key];
      probeUp = status === 'up';
      probe = { probe: `GET ${route}`, probeStatus: status, ...details };
    }
    const session = this.indicators.check(key);
    return breaker === 'closed' && probeUp ? session.up({ breaker, breakers, ...probe }) : session.degraded({ breaker, breakers, ...probe });
  }
}
