import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { SeedPartner } from '../../state/demo-world.js';
import type { CmsOperator } from '../cms-directory.js';

/** A CMS request after the session guard (operator) and the partner-scope guard (partner of the path). */
export type CmsRequest = FastifyRequest & { cmsOperator?: CmsOperator; cmsPartner?: SeedPartner };

/** The operator behind `x-user-token` (routes guarded by CmsSessionGuard). */
export const CurrentOperator = createParamDecorator((_data: unknown, context: ExecutionContext): CmsOperator => {
  const operator = context.switchToHttp().getRequest<CmsRequest>().cmsOperator;
  if (!operator) throw new Error('CurrentOperator used on a route without CmsSessionGuard');
  return operator;
});

/** The partner of the `{partnerId}` / `{clientId}` path segment, already checked against the operator. */
export const CurrentPartner = createParamDecorator((_data: unknown, context: ExecutionContext): SeedPartner => {
  const partner = context.switchToHttp().getRequest<CmsRequest>().cmsPartner;
  if (!partner) throw new Error('CurrentPartner used on a route without a partner path segment');
  return partner;
});
