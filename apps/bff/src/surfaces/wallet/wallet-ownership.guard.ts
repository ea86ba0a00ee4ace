import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../auth/api-key.guard.js';
import type { AuthenticatedRequest } from '../../auth/auth.decorators.js';
import { WalletOwnership } from './wallet-ownership.js';

const USER_PARAMS = ['userId', 'authUserId'];
const CARD_PARAMS = ['cardId'];
const CARD_BODY_FIELDS = ['fromCardId', 'toCardId'];

function positiveInts(values: unknown[]): number[] {
  return values.map(Number).filter((value) => Number.isSafeInteger(value) && value > 0);
}

/**
 * For apps restricted to some partners: the Wallet users and cards a request names (path and transfer body) must
 * belong to one of them, else 403 before Migo is asked to do anything. Unrestricted apps pass at no cost.
 * Malformed ids are left to the route's own validation (400).
 */
@Injectable()
export class WalletOwnershipGuard implements CanActivate {
  constructor(private readonly ownership: WalletOwnership) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const app = request.apiClient;
    if (!app?.partners) return true;
    const params = (request.params ?? {}) as Record<string, string>;
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const users = positiveInts(USER_PARAMS.map((name) => params[name]).filter((v) => v !== undefined));
    const cards = positiveInts([...CARD_PARAMS.map((name) => params[name]), ...CARD_BODY_FIELDS.map((name) => body[name])].filter((v) => v !== undefined));
    const owners = await Promise.all([...users.map((id) => this.ownership.partnerOfUser(id).then((p) => [`user ${id}`, p] as const)), ...cards.map((id) => this.ownership.partnerOfCard(id).then((p) => [`card ${id}`, p] as const))]);
    for (const [what, partner] of owners) {
      if (partner === null || !app.partners.has(partner)) throw forbidden(`App "${app.name}" may not act on ${what}${partner ? ` of partner "${partner}"` : ' (no partner of yours)'}`);
    }
    return true;
  }
}
