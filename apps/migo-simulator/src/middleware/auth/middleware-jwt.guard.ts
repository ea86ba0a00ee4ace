import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { SimulatorEnv } from '../../config/simulator.config.js';
import { SIM_ENV } from '../../core/sim-tokens.js';
import { mwErrors } from '../shared/mw-errors.js';
import { sameSecret } from '../shared/secrets.js';

/** Plans, subscriptions, revert and refund: `Authorization: Bearer <middleware JWT>` (the Bearer prefix is required). */
@Injectable()
export class MiddlewareJwtGuard implements CanActivate {
  constructor(@Inject(SIM_ENV) private readonly env: SimulatorEnv) {}

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization;
    if (!header) throw mwErrors.unauthorized('Missing bearer token.');
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw mwErrors.unauthorized('Authorization must use the Bearer scheme.');
    if (!sameSecret(match[1], this.env.SIM_MW_JWT)) throw mwErrors.unauthorized('Invalid bearer token.');
    return true;
  }
}
