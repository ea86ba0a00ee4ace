import { Body, Controller, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { ok } from '../../core/envelopes.js';
import { OtpStore } from '../../core/otp-store.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { Ledger, WalletUser } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { hashSecret } from '../shared/secret-hash.js';
import { OtpRequestBody, OtpVerifyBody, PasswordResetBody } from './users.dto.js';
import { WalletAccounts } from './wallet-accounts.store.js';

/** Step-up OTP and password reset. Migo e-mails the code; the simulator shows it on GET /__sim/otp/:email. */
@Controller('users/auth')
@UseGuards(WalletAuthGuard)
export class UserOtpController {
  constructor(
    private readonly otps: OtpStore,
    private readonly ledger: Ledger,
    private readonly accounts: WalletAccounts,
  ) {}

  @Post('otp')
  @HttpCode(200)
  request(@Body() body: OtpRequestBody) {
    this.userByEmail(body.email);
    const otp = this.otps.issue(body.email, body.purpose);
    return ok({ sent: true, expiresAt: new Date(otp.expiresAt).toISOString() }, 'otp sent');
  }

  /** A valid code elevates the user's session ("recently completed OTP") and answers an opaque elevated token. */
  @Put('otp')
  verify(@Body() body: OtpVerifyBody) {
    const user = this.userByEmail(body.email);
    if (!this.otps.consume(body.email, body.otp, body.purpose)) throw MigoBusinessError.named('OTP_INVALID');
    const until = this.otps.elevate(`wallet-user:${user.userId}`);
    return ok({ elevatedToken: `elv_${randomBytes(24).toString('base64url')}`, expiresAt: new Date(until).toISOString() });
  }

  /** Body assumed: `{email, otp, password, confirmPassword}`; the OTP may have been requested with any purpose. */
  @Post('password/reset')
  @HttpCode(200)
  async resetPassword(@Body() body: PasswordResetBody) {
    if (body.password !== body.confirmPassword) throw new MigoBusinessError('7000', 'password and confirmPassword must match.');
    const user = this.userByEmail(body.email);
    const passwordHash = await hashSecret(body.password);
    if (!this.otps.consume(body.email, body.otp)) throw MigoBusinessError.named('OTP_INVALID');
    const account = this.accounts.setPassword(user.userId, passwordHash);
    return ok({ userId: user.userId, passwordUpdatedAt: account.passwordUpdatedAt }, 'password updated');
  }

  private userByEmail(email: string): WalletUser {
    const user = this.ledger.findUserByEmail(email);
    if (!user) throw MigoBusinessError.named('USER_NOT_FOUND');
    return user;
  }
}
