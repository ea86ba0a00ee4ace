import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { SimulatorEnv } from '../../config/simulator.config.js';
import { SIM_ENV } from '../../core/sim-tokens.js';
import { mwErrors } from '../shared/mw-errors.js';
import { sameSecret } from '../shared/secrets.js';

/**
 * Payment links and alternative payments: the merchant token in `Authorization`, raw or as `Bearer <token>`
 * (Migo's shared authorizer strips the prefix). The one configured token is valid for every seeded client.
 */
@Injectable()
export class MerchantTokenGuard implements CanActivate {
  constructor(@Inject(SIM_ENV) private readonly env: SimulatorEnv) {}

  canActivate(context: ExecutionContext): boolean {
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization;
    if (!header) throw mwErrors.unauthorized('Missing merchant token.');
    const token = header.trim().replace(/^Bearer\s+/i, '');
    if (!sameSecret(token, this.env.SIM_MW_MERCHANT_TOKEN)) throw mwErrors.unauthorized('Invalid merchant token.');
    return true;
  }
}
