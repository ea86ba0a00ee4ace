import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { isValidDocLink } from './business-doc-links.js';
import { BUSINESS_DOC_NAMES, BusinessDocName, Businesses } from './businesses.store.js';

/** Target of the signed URLs `GET /businesses/{commerceId}/docs` answers: the signature is the credential, no Bearer. */
@Controller('businesses/:commerceId/docs/:name/file')
export class BusinessDocFileController {
  constructor(private readonly businesses: Businesses) {}

  @Get()
  download(@Param('commerceId', PositiveIntPipe) commerceId: number, @Param('name') name: string, @Query('expires') expires?: string, @Query('signature') signature?: string) {
    if (!isValidDocLink(commerceId, name, expires, signature)) throw MigoBusinessError.named('FORBIDDEN', 'The link is invalid or has expired.');
    const doc = BUSINESS_DOC_NAMES.includes(name as BusinessDocName) ? this.businesses.get(commerceId).docs.get(name as BusinessDocName) : undefined;
    if (!doc) throw MigoBusinessError.named('FILE_NOT_FOUND');
    const safeName = doc.fileName.replace(/[^\w.\- ]/g, '_');
    return new StreamableFile(doc.content, { type: doc.mimeType, disposition: `inline; filename="${safeName}"`, length: doc.content.length });
  }
}
