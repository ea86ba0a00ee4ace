import { BadRequestException, Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Patch, Post } from '@nestjs/common';
import { IsIn } from 'class-validator';
import { SimSettingsPatch } from '../config/sim-settings.js';
import { effectOf, FaultRegistry, FaultSpec } from '../core/faults.js';
import { OtpStore } from '../core/otp-store.js';
import { ResetRegistry } from '../core/reset-registry.js';
import { SimSettings } from '../core/sim-settings.service.js';
import { SimStats } from '../core/sim-stats.js';
import { TokenIssuer } from '../core/token-issuer.js';

class ExpireTokensBody {
  @IsIn(['wallet', 'cmsApp', 'cmsUser']) kind!: 'wallet' | 'cmsApp' | 'cmsUser';
}

/** The simulator's control plane (/__sim). Tests, benchmarks and integrators use it; the BFF never calls it. */
@Controller()
export class ControlController {
  constructor(
    private readonly stats: SimStats,
    private readonly faults: FaultRegistry,
    private readonly resets: ResetRegistry,
    private readonly settings: SimSettings,
    private readonly otps: OtpStore,
    private readonly tokens: TokenIssuer,
  ) {}

  @Get('stats')
  readStats() {
    return this.stats.read();
  }

  @Post('reset')
  @HttpCode(200)
  reset() {
    this.resets.resetAll();
    return { reset: true };
  }

  @Get('faults')
  listFaults() {
    return { faults: this.faults.list() };
  }

  @Post('faults')
  @HttpCode(201)
  addFault(@Body() spec: FaultSpec) {
    const effect = effectOf(spec);
    if (typeof effect === 'string') throw new BadRequestException(effect);
    const { matcher: _matcher, ...fault } = this.faults.add(spec, effect);
    return fault;
  }

  @Delete('faults')
  @HttpCode(200)
  clearFaults() {
    this.faults.clear();
    return { faults: [] };
  }

  @Delete('faults/:id')
  @HttpCode(200)
  removeFault(@Param('id') id: string) {
    if (!this.faults.remove(id)) throw new NotFoundException(`No fault ${id}`);
    return { removed: id };
  }

  @Get('config')
  readConfig() {
    return this.settings.current;
  }

  @Patch('config')
  patchConfig(@Body() patch: SimSettingsPatch) {
    return this.settings.patch(patch);
  }

  /** The latest OTP issued to an e-mail (Migo would have e-mailed it). */
  @Get('otp/:email')
  latestOtp(@Param('email') email: string) {
    const otp = this.otps.latest(email);
    if (!otp) throw new NotFoundException(`No OTP issued to ${email}`);
    return { email: otp.email, purpose: otp.purpose, otp: otp.code, expiresAt: new Date(otp.expiresAt).toISOString(), used: otp.used };
  }

  /**
   * Revokes every session at once (access and refresh tokens of every kind) and keeps everything else: what Migo does
   * when it rotates its keys or logs every client out. Every next call meets a 401 and every refresh is refused.
   */
  @Post('sessions/revoke')
  @HttpCode(200)
  revokeSessions() {
    this.tokens.reset();
    return { revoked: true };
  }

  /** Expires every live access token of one session kind, so the next call meets Migo's 401. */
  @Post('tokens/expire')
  @HttpCode(200)
  expireTokens(@Body() body: ExpireTokensBody) {
    return { expired: this.tokens.expireAll(body.kind) };
  }
}
