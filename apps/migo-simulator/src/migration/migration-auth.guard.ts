import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { SimulatorEnv } from '../config/simulator.config.js';
import { MigoBusinessError } from '../core/sim-errors.js';
import { SIM_ENV } from '../core/sim-tokens.js';
import { sameSecret } from '../middleware/shared/secrets.js';

/** The migration gateway's JWT: `Authorization: Bearer <token>`, compared in constant time. */
@Injectable()
export class MigrationAuthGuard implements CanActivate {
  constructor(@Inject(SIM_ENV) private readonly env: SimulatorEnv) {}

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization;
    if (!header) throw MigoBusinessError.named('UNAUTHORIZED', 'Missing authorization token.');
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw MigoBusinessError.named('UNAUTHORIZED', 'Authorization must use the Bearer scheme.');
    if (!sameSecret(match[1], this.env.SIM_MIGRATION_JWT)) throw MigoBusinessError.named('UNAUTHORIZED');
    return true;
  }
}
