import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SimStats } from '../../core/sim-stats.js';
import { TokenIssuer } from '../../core/token-issuer.js';
import { CmsDirectory } from '../cms-directory.js';
import type { CmsRequest } from './cms-request.js';
import { PartnerScope } from './partner-scope.js';

/**
 * Every CMS route except the app and operator logins and refreshes needs both sessions:
 * `Authorization: Bearer <app token>` and `x-user-token: Bearer <operator token>` (a raw operator token is refused,
 * as Migo's guard does). Attaches the operator and, when the path names a partner (`:partnerId` or `:clientId`),
 * that partner, resolved by PartnerScope (404 7500 / 403 8005).
 */
@Injectable()
export class CmsSessionGuard implements CanActivate {
  constructor(
    private readonly tokens: TokenIssuer,
    private readonly directory: CmsDirectory,
    private readonly scope: PartnerScope,
    private readonly stats: SimStats,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<CmsRequest>();
    this.tokens.verify('cmsApp', request.headers.authorization);
    const userToken = request.headers['x-user-token'];
    const grant = this.tokens.verify('cmsUser', Array.isArray(userToken) ? userToken[0] : userToken);
    const operator = this.directory.findOperator(Number(grant.subject));
    if (!operator) throw MigoBusinessError.named('UNAUTHORIZED');
    request.cmsOperator = operator;
    this.stats.cmsOperatorCall(operator.email);

    const params = (request.params ?? {}) as Record<string, string | undefined>;
    const partnerId = params.partnerId ?? params.clientId;
    if (partnerId !== undefined) request.cmsPartner = this.scope.resolve(operator, partnerId);
    return true;
  }
}
