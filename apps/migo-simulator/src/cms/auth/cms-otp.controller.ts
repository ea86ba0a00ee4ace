import { Body, Controller, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { OtpStore } from '../../core/otp-store.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import type { CmsOperator } from '../cms-directory.js';
import { CmsOtpRequestBody, CmsOtpVerifyBody } from './cms-auth.dto.js';
import { CurrentOperator } from './cms-request.js';
import { CmsSessionGuard } from './cms-session.guard.js';
import { elevationSubject } from './otp-gate.js';

function assertOwnEmail(operator: CmsOperator, email: string): void {
  if (email.trim().toLowerCase() !== operator.email) throw MigoBusinessError.named('FORBIDDEN', 'The e-mail must be your own.');
}

/**
 * Step-up for the operator session. The code is "e-mailed": it never appears in a response; integrators read it
 * at GET /__sim/otp/:email. A verified code elevates the session for `otpElevationSeconds`.
 */
@Controller('app/users/auth/otp')
@UseGuards(CmsSessionGuard)
export class CmsOtpController {
  constructor(private readonly otps: OtpStore) {}

  @Post()
  @HttpCode(200)
  request(@CurrentOperator() operator: CmsOperator, @Body() body: CmsOtpRequestBody) {
    assertOwnEmail(operator, body.email);
    const issued = this.otps.issue(operator.email, body.purpose);
    return ok({ email: issued.email, purpose: issued.purpose, expiresAt: new Date(issued.expiresAt).toISOString() }, 'OTP sent');
  }

  @Put()
  @HttpCode(200)
  verify(@CurrentOperator() operator: CmsOperator, @Body() body: CmsOtpVerifyBody) {
    assertOwnEmail(operator, body.email);
    if (!this.otps.consume(operator.email, body.otp, body.purpose)) throw MigoBusinessError.named('OTP_INVALID');
    const until = this.otps.elevate(elevationSubject(operator));
    return ok({ elevated: true, elevatedUntil: new Date(until).toISOString() }, 'OTP verified');
  }
}
