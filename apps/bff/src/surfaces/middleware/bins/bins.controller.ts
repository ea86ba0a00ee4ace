import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { BinInfo } from '#middleware';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { NotPartnerData } from '../../../access/access-declaration.js';
import { binOfCardNumber } from '../shared/card-digits.js';
import { BinBatchBody, BinLookupBody } from './bin.dto.js';
import { BinLookup } from './bin-lookup.service.js';
import { NoQueryPipe } from './no-query.pipe.js';
import { BinBatchLookup } from './bins.schemas.js';
import { OperationId, Returns } from '../../../openapi/route-docs.js';

const ISSUER_DATA = 'BIN ranges are issuer data, the same for every partner';

/**
 * BIN verification: brand, card type, issuer and its country. POST with the digits in the body (a URL is logged by
 * proxies); answers are cached per BIN across instances (BIN_CACHE_*).
 */
@Controller('v1/middleware/bins')
export class MiddlewareBinsController {
  constructor(private readonly bins: BinLookup) {}

  @Post('lookup')
  @OperationId('lookupBin')
  @Returns(BinInfo)
  @HttpCode(200)
  @RequireScopes('middleware:read')
  @NotPartnerData(ISSUER_DATA)
  lookup(@Query(NoQueryPipe) _query: unknown, @Body() body: BinLookupBody): Promise<BinInfo> {
    return this.bins.one(body.bin ?? binOfCardNumber(body.cardNumber!));
  }

  @Post('lookup-batch')
  @OperationId('lookupBins')
  @Returns(BinBatchLookup)
  @HttpCode(200)
  @RequireScopes('middleware:read')
  @NotPartnerData(ISSUER_DATA)
  lookupBatch(@Query(NoQueryPipe) _query: unknown, @Body() body: BinBatchBody): Promise<BinBatchLookup> {
    return this.bins.many(body.bins);
  }
}
