import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AccessGrant, TokenIssuer } from '../../core/token-issuer.js';

export type WalletRequest = FastifyRequest & { walletGrant?: AccessGrant };

/** Every Wallet route but login, refresh and health needs `Authorization: Bearer <access token>`. */
@Injectable()
export class WalletAuthGuard implements CanActivate {
  constructor(private readonly tokens: TokenIssuer) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<WalletRequest>();
    request.walletGrant = this.tokens.verify('wallet', request.headers.authorization);
    return true;
  }
}
