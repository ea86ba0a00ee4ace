import { Body, Controller, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import { CmsOperatorGuard } from '../operator-sessions/cms-operator.guard.js';
import { CmsClient, OtpRequested, OtpVerified } from '#cms';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { OtpRequestBody, OtpVerifyBody } from '../shared/cms-misc.dto.js';
import { NotPartnerData } from '../../../access/access-declaration.js';
import { OperationId, Returns } from '../../../openapi/route-docs.js';

/**
 * Step-up of the BFF's CMS operator session. Migo e-mails the code to the operator; the app passes it back, either
 * here (elevating the session) or inline as `otp` on an OTP-gated operation. The BFF never invents a code.
 */
@UseGuards(CmsOperatorGuard)
@Controller('v1/cms/users/auth/otp')
export class CmsSessionController {
  constructor(private readonly cms: CmsClient) {}

  @Post()
  @HttpCode(200)
  @OperationId('requestCmsOtp')
  @Returns(OtpRequested)
  @RequireScopes('cms:write')
  @NotPartnerData("the OTP step-up of the BFF's CMS operator session")
  request(@Body() body: OtpRequestBody): Promise<OtpRequested> {
    return this.cms.requestOtp(body);
  }

  @Put()
  @OperationId('verifyCmsOtp')
  @Returns(OtpVerified)
  @RequireScopes('cms:write')
  @NotPartnerData("the OTP step-up of the BFF's CMS operator session")
  verify(@Body() body: OtpVerifyBody): Promise<OtpVerified> {
    return this.cms.verifyOtp(body);
  }
}
