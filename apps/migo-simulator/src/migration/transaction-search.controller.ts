import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ok } from '../core/envelopes.js';
import { MigoBusinessError } from '../core/sim-errors.js';
import { MigrationAuthGuard } from './migration-auth.guard.js';
import { SEARCH_FILTERS, TransactionSearchQuery } from './transaction-search.dto.js';
import { TransactionSearch } from './transaction-search.js';

@Controller('transactions')
@UseGuards(MigrationAuthGuard)
export class TransactionSearchController {
  constructor(private readonly transactions: TransactionSearch) {}

  /** At least one filter is required (400 / 7000); `page` and `limit` alone do not count. */
  @Get('search')
  search(@Query() query: TransactionSearchQuery) {
    if (!SEARCH_FILTERS.some((filter) => query[filter] !== undefined)) {
      throw new MigoBusinessError('7000', `At least one filter is required: ${SEARCH_FILTERS.join(', ')}.`);
    }
    return ok(this.transactions.search(query), 'ok');
  }
}
