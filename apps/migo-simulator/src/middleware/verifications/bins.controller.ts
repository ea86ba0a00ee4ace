import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MiddlewareJwtGuard } from '../auth/middleware-jwt.guard.js';
import { mwErrors } from '../shared/mw-errors.js';
import { BinBatchBody, BinLookupBody } from './bin.dto.js';
import { BinInfo, findBin } from './bin-table.js';

/** BIN verification (Middleware JWT; the "Verifications" tag): POST only, so a card's digits never travel in a URL. */
@Controller('v1/verifications')
@UseGuards(MiddlewareJwtGuard)
export class BinsController {
  @Post('bin')
  @HttpCode(200)
  lookup(@Body() body: BinLookupBody) {
    const info = findBin(body.bin);
    if (!info) throw mwErrors.binNotFound();
    return ok(info, 'BIN found');
  }

  /** Every BIN once: `found` in the order asked, `notFound` for the rest. */
  @Post('bins')
  @HttpCode(200)
  batch(@Body() body: BinBatchBody) {
    const found: BinInfo[] = [];
    const notFound: string[] = [];
    for (const bin of new Set(body.bins)) {
      const info = findBin(bin);
      if (info) found.push(info);
      else notFound.push(bin);
    }
    return ok({ found, notFound }, 'BINs checked');
  }
}
