import { Body, Controller, Get, Param, Post, UploadedFiles } from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-fastify/multipart';
import { BusinessDocLinkList, BusinessFilesUploaded, WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { BUSINESS_FILE_FIELDS, checkedBusinessFiles, NoFormFields, type BusinessFileParts } from './business-files.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { AllPartnersOnly } from '../../../access/access-declaration.js';
import { OperationId, Returns, Upload } from '../../../openapi/route-docs.js';

@Controller('v1/wallet/businesses/:commerceId')
export class WalletBusinessesController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  /** Multipart with exactly one `businessPhoto` and one `utilityBill`, re-sent to Migo as a new form. */
  @Post('files')
  @OperationId('uploadWalletBusinessFiles')
  @Returns(BusinessFilesUploaded)
  @RequireScopes('wallet:write')
  @AllPartnersOnly('Migo does not say which partner a business belongs to')
  @Upload(FileFieldsInterceptor(BUSINESS_FILE_FIELDS, { limits: { files: BUSINESS_FILE_FIELDS.length } }), { files: BUSINESS_FILE_FIELDS.map((field) => field.name) })
  upload(@Param('commerceId', IdParamPipe) commerceId: number, @UploadedFiles() parts: BusinessFileParts | undefined, @Body() _fields: NoFormFields): Promise<BusinessFilesUploaded> {
    return this.wallet.businesses.uploadBusinessFiles(commerceId, checkedBusinessFiles(parts));
  }

  /** Short-lived signed URLs, served by Migo directly. */
  @Get('docs')
  @OperationId('listWalletBusinessDocs')
  @Returns(BusinessDocLinkList)
  @RequireScopes('wallet:read')
  @AllPartnersOnly('Migo does not say which partner a business belongs to')
  docs(@Param('commerceId', IdParamPipe) commerceId: number): Promise<BusinessDocLinkList> {
    return this.wallet.businesses.businessDocs(commerceId);
  }
}
