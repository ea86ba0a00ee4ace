import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import { OtpSent, OtpVerified, PasswordReset, WalletGatewayClient } from '#wallet-gateway';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { OtpRequestBody, OtpVerifyBody, PasswordResetBody } from './users.dto.js';
import { NotPartnerData } from '../../../access/access-declaration.js';

/** A wallet user's step-up OTP and password reset. Migo e-mails the code to the user; the app passes it back. */
@Controller('v1/wallet/users/auth')
export class WalletUserAuthController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Post('otp')
  @OperationId('requestWalletOtp')
  @Returns(OtpSent)
  @HttpCode(200)
  @RequireScopes('wallet:write')
  @NotPartnerData('end-user self-service: the user proves who they are with the code Migo sends them')
  requestOtp(@Body() body: OtpRequestBody): Promise<OtpSent> {
    return this.wallet.users.requestOtp(body);
  }

  @Put('otp')
  @OperationId('verifyWalletOtp')
  @Returns(OtpVerified)
  @RequireScopes('wallet:write')
  @NotPartnerData('end-user self-service: the user proves who they are with the code Migo sends them')
  verifyOtp(@Body() body: OtpVerifyBody): Promise<OtpVerified> {
    return this.wallet.users.verifyOtp(body);
  }

  @Post('password/reset')
  @OperationId('resetWalletPassword')
  @Returns(PasswordReset)
  @HttpCode(200)
  @RequireScopes('wallet:write')
  @NotPartnerData('end-user self-service: the user proves who they are with the code Migo sends them')
  resetPassword(@Body() body: PasswordResetBody): Promise<PasswordReset> {
    return this.wallet.users.resetPassword(body);
  }
}
