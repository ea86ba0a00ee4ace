import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import { SimulatorEnv } from '../../config/simulator.config.js';
import { verifyLoginSignature } from '../../core/ed25519.js';
import { okStatusCode } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { MERCHANT_PUBLIC_KEY, SIM_ENV } from '../../core/sim-tokens.js';
import { TokenIssuer } from '../../core/token-issuer.js';
import { RefreshBody, WalletLoginBody } from './wallet-auth.dto.js';

/** Application login, refresh and health. These answer the Quick Start envelope `{statusCode, message, data}`. */
@Controller()
export class WalletAuthController {
  constructor(
    private readonly tokens: TokenIssuer,
    @Inject(SIM_ENV) private readonly env: SimulatorEnv,
    @Inject(MERCHANT_PUBLIC_KEY) private readonly publicKey: KeyObject,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  login(@Body() body: WalletLoginBody) {
    if (body.merchant !== this.env.SIM_MERCHANT_SLUG || !verifyLoginSignature(this.publicKey, body.merchant, body.signature)) {
      throw MigoBusinessError.named('INVALID_SIGNATURE');
    }
    return okStatusCode(this.tokens.login('wallet', body.merchant));
  }

  /** Undocumented path, assumed by analogy with the CMS `/app/auth/refresh` (docs/upstream-assumptions.md). */
  @Post('auth/refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshBody) {
    return okStatusCode(this.tokens.rotate('wallet', body.refreshToken));
  }

  @Get('health')
  health() {
    return okStatusCode({});
  }
}
