import { Body, Controller, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { SimulatorEnv } from '../../config/simulator.config.js';
import { verifyLoginSignature } from '../../core/ed25519.js';
import { ok, okNoMessage } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { MERCHANT_PUBLIC_KEY, SIM_ENV } from '../../core/sim-tokens.js';
import { TokenIssuer, TokenPair } from '../../core/token-issuer.js';
import { CmsDirectory, CmsOperator } from '../cms-directory.js';
import { CmsAppGuard } from './cms-app.guard.js';
import { CmsAppLoginBody, CmsRefreshBody, CmsUserLoginBody } from './cms-auth.dto.js';

function operatorSession(operator: CmsOperator, tokens: TokenPair) {
  return { id: operator.id, ...tokens, email: operator.email, name: operator.name };
}

/** The CMS login chain (Migo's "CMS users" page): application token, then operator token. */
@Controller('app')
export class CmsAuthController {
  constructor(
    private readonly tokens: TokenIssuer,
    private readonly directory: CmsDirectory,
    @Inject(SIM_ENV) private readonly env: SimulatorEnv,
    @Inject(MERCHANT_PUBLIC_KEY) private readonly publicKey: KeyObject,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  appLogin(@Body() body: CmsAppLoginBody) {
    if (body.merchant !== this.env.SIM_MERCHANT_SLUG) throw MigoBusinessError.named('UNAUTHORIZED', 'Unknown merchant.');
    if (body.signature !== undefined && !verifyLoginSignature(this.publicKey, body.merchant, body.signature)) {
      throw MigoBusinessError.named('INVALID_SIGNATURE');
    }
    return ok(this.tokens.login('cmsApp', body.merchant));
  }

  @Post('auth/refresh')
  @HttpCode(200)
  appRefresh(@Body() body: CmsRefreshBody) {
    return ok(this.tokens.rotate('cmsApp', body.refreshToken));
  }

  @Post('users/login')
  @HttpCode(200)
  @UseGuards(CmsAppGuard)
  userLogin(@Body() body: CmsUserLoginBody) {
    const operator = this.directory.authenticate(body.email, body.password);
    if (!operator) throw MigoBusinessError.named('INVALID_CREDENTIALS');
    return okNoMessage(operatorSession(operator, this.tokens.login('cmsUser', String(operator.id))));
  }

  /** No auth header, as the docs' example shows; answers the same shape as the login. */
  @Post('users/refresh')
  @HttpCode(200)
  userRefresh(@Body() body: CmsRefreshBody) {
    const rotated = this.tokens.rotate('cmsUser', body.refreshToken);
    const grant = this.tokens.verify('cmsUser', `Bearer ${rotated.accessToken}`);
    return okNoMessage(operatorSession(this.directory.operator(Number(grant.subject)), rotated));
  }
}
