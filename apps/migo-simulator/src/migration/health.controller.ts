import { Controller, Get } from '@nestjs/common';
import { okStatusCode } from '../core/envelopes.js';

/** Liveness and readiness probes, unauthenticated, in the Quick Start envelope like the Wallet's GET /health. */
@Controller('health')
export class HealthController {
  private readonly startedAt = Date.now();

  @Get()
  live() {
    return okStatusCode({ status: 'up', uptimeSeconds: Math.floor((Date.now() - this.startedAt) / 1000) });
  }

  /** Assumed readiness probe: the simulator's in-memory stores are always ready once it is listening. */
  @Get('ready')
  ready() {
    return okStatusCode({ status: 'ready', checks: { middlewareTransactions: 'up' } });
  }
}
