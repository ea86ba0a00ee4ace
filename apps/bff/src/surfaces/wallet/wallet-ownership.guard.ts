import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
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

const PARTNER_ACCESS = 'bff:wallet-partner-access';

/**
 * Says why a Wallet route that names no user or card is still safe for an app restricted to some partners: it is not
 * partner data (the application's own configuration), or the handler checks the partner itself (a lead's `partner`,
 * a transfer's cards once read). Without it such a route is refused to restricted apps: see WalletOwnershipGuard.
 */
export const PartnerAccess = (why: string) => SetMetadata(PARTNER_ACCESS, why);

/**
 * For apps restricted to some partners: the Wallet users and cards a request names (path and transfer body) must
 * belong to one of them, else 403 before Migo is asked to do anything. A route that names neither (terminals, devices,
 * terminal payments, businesses: Migo does not say which partner those belong to) is refused to restricted apps
 * unless it declares @PartnerAccess, so a new route is closed to them until someone decides otherwise.
 * Unrestricted apps pass at no cost. Malformed ids are left to the route's own validation (400).
 */
@Injectable()
export class WalletOwnershipGuard implements CanActivate {
  constructor(
    private readonly ownership: WalletOwnership,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest & AuthenticatedRequest>();
    const app = request.apiClient;
    if (!app?.partners) return true;
    const params = (request.params ?? {}) as Record<string, string>;
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    const named = {
      users: USER_PARAMS.map((name) => params[name]).filter((v) => v !== undefined),
      cards: [...CARD_PARAMS.map((name) => params[name]), ...CARD_BODY_FIELDS.map((name) => body[name])].filter((v) => v !== undefined),
    };
    // Whether the route names an owner at all decides this, not whether the ids are valid: a malformed id gets its 400.
    if (named.users.length === 0 && named.cards.length === 0 && !this.reflector.getAllAndOverride<string>(PARTNER_ACCESS, [context.getHandler(), context.getClass()])) {
      throw forbidden(`App "${app.name}" is limited to partners ${[...app.partners].map((p) => `"${p}"`).join(', ')}, and Migo does not say which partner this route's object belongs to: only apps open to every partner may use it`);
    }
    const users = positiveInts(named.users);
    const cards = positiveInts(named.cards);
    const owners = await Promise.all([...users.map((id) => this.ownership.partnerOfUser(id).then((p) => [`user ${id}`, p] as const)), ...cards.map((id) => this.ownership.partnerOfCard(id).then((p) => [`card ${id}`, p] as const))]);
    for (const [what, partner] of owners) {
      if (partner === null || !app.partners.has(partner)) throw forbidden(`App "${app.name}" may not act on ${what}${partner ? ` of partner "${partner}"` : ' (no partner of yours)'}`);
    }
    return true;
  }
}
