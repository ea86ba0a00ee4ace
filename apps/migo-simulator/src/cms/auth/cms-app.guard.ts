import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { TokenIssuer } from '../../core/token-issuer.js';

/** `POST /app/users/login` needs only the application token: `Authorization: Bearer <app access token>`. */
@Injectable()
export class CmsAppGuard implements CanActivate {
  constructor(private readonly tokens: TokenIssuer) {}

  canActivate(context: ExecutionContext): boolean {
    this.tokens.verify('cmsApp', context.switchToHttp().getRequest<FastifyRequest>().headers.authorization);
    return true;
  }
}
