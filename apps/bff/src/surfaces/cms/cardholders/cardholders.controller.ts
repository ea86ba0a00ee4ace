import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { CmsOperatorGuard } from '../operator-sessions/cms-operator.guard.js';
import { Cardholder, CardholderDetail, CardholderPage, CmsClient } from '#cms';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { OtpBody } from '../../shared/validation-helpers.js';
import { CardholderBody, CardholderListQueryDto } from './cardholder.dto.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner } from '../../../access/object-refs.js';
import { OperationId, Returns } from '../../../openapi/route-docs.js';

@UseGuards(CmsOperatorGuard)
@Controller('v1/cms/partners/:partnerId/cardholders')
export class CmsCardholdersController {
  constructor(private readonly cms: CmsClient) {}

  @Get()
  @OperationId('listCmsPartnerCardholders')
  @Returns(CardholderPage)
  @RequireScopes('cms:read')
  @PartnerOf(Partner.param('partnerId'))
  list(@Param('partnerId') partnerId: string, @Query() query: CardholderListQueryDto): Promise<CardholderPage> {
    return this.cms.listCardholders(partnerId, query);
  }

  @Post()
  @OperationId('createCmsCardholder')
  @Returns(Cardholder)
  @RequireScopes('cms:write')
  @PartnerOf(Partner.param('partnerId'))
  create(@Param('partnerId') partnerId: string, @Body() body: CardholderBody): Promise<Cardholder> {
    return this.cms.createCardholder(partnerId, body);
  }

  /** Migo reads a cardholder with POST (its body may carry an OTP); mirrored as is. */
  @Post(':cardholderId')
  @HttpCode(200)
  @OperationId('getCmsCardholder')
  @Returns(CardholderDetail)
  @RequireScopes('cms:read')
  @PartnerOf(Partner.param('partnerId'))
  detail(@Param('partnerId') partnerId: string, @Param('cardholderId', IdParamPipe) cardholderId: number, @Body() body: OtpBody): Promise<CardholderDetail> {
    return this.cms.cardholder(partnerId, cardholderId, body.otp);
  }

  @Post(':cardholderId/close')
  @HttpCode(200)
  @OperationId('closeCmsCardholder')
  @Returns(CardholderDetail)
  @RequireScopes('cms:write')
  @PartnerOf(Partner.param('partnerId'))
  close(@Param('partnerId') partnerId: string, @Param('cardholderId', IdParamPipe) cardholderId: number, @Body() body: OtpBody): Promise<CardholderDetail> {
    return this.cms.closeCardholder(partnerId, cardholderId, body.otp);
  }
}
