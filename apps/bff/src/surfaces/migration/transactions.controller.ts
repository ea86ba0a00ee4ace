import { Controller, Get, Query } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';
import { MigrationClient, TransactionSearchPage } from '#migration';
import { RequireScopes } from '../../auth/auth.decorators.js';
import { SEARCH_FILTERS, TransactionSearchQueryDto } from './transaction-search.dto.js';
import { PartnerOf } from '../../access/access-declaration.js';
import { Partner } from '../../access/object-refs.js';
import { OperationId, Returns } from '../../openapi/route-docs.js';

/** The migration gateway's transaction search (Middleware payment links and alternative payments). */
@Controller('v1/migration/transactions')
export class MigrationTransactionsController {
  constructor(private readonly migration: MigrationClient) {}

  @Get('search')
  @OperationId('searchMigrationTransactions')
  @Returns(TransactionSearchPage)
  @RequireScopes('migration:read')
  @PartnerOf(Partner.query('client', { absent: 'app-partner-or-any' }))
  search(@Query() query: TransactionSearchQueryDto): Promise<TransactionSearchPage> {
    if (!SEARCH_FILTERS.some((filter) => query[filter] !== undefined)) {
      const message = `Send at least one filter: ${SEARCH_FILTERS.join(', ')}`;
      throw ProblemError.of(400, ProblemType.validation, 'Invalid request', message, { errors: [{ field: 'query', message }] });
    }
    return this.migration.searchTransactions(query);
  }
}
