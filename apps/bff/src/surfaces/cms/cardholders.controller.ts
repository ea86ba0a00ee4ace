import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CmsClient } from '#cms';
import { RequireScopes } from '../../auth/auth.decorators.js';
import { OtpBody } from '../shared/validation-helpers.js';
import { CardholderBody, CardholderListQueryDto } from './dto/cardholder.dto.js';
import { IdParamPipe } from '../shared/id-param.pipe.js';

@Controller('v1/cms/partners/:partnerId/cardholders')
export class CmsCardholdersController {
  constructor(private readonly cms: CmsClient) {}

  @Get()
  @RequireScopes('cms:read')
  list(@Param('partnerId') partnerId: string, @Query() query: CardholderListQueryDto) {
    return this.cms.listCardholders(partnerId, query);
  }

  @Post()
  @RequireScopes('cms:write')
  create(@Param('partnerId') partnerId: string, @Body() body: CardholderBody) {
    return this.cms.createCardholder(partnerId, body);
  }

  /** Migo reads a cardholder with POST (its body may carry an OTP); mirrored as is. */
  @Post(':cardholderId')
  @HttpCode(200)
  @RequireScopes('cms:read')
  detail(@Param('partnerId') partnerId: string, @Param('cardholderId', IdParamPipe) cardholderId: number, @Body() body: OtpBody) {
    return this.cms.cardholder(partnerId, cardholderId, body.otp);
  }

  @Post(':cardholderId/close')
  @HttpCode(200)
  @RequireScopes('cms:write')
  close(@Param('partnerId') partnerId: string, @Param('cardholderId', IdParamPipe) cardholderId: number, @Body() body: OtpBody) {
    return this.cms.closeCardholder(partnerId, cardholderId, body.otp);
  }
}
