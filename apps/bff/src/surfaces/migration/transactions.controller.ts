import { Controller, Get, Query } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';
import { MigrationClient } from '#migration';
import type { ApiClient } from '../../auth/api-clients.js';
import { CurrentApp, RequireScopes } from '../../auth/auth.decorators.js';
import { scopedClient } from '../middleware/client-access.js';
import { SEARCH_FILTERS, TransactionSearchQueryDto } from './transaction-search.dto.js';

/** The migration gateway's transaction search (Middleware payment links and alternative payments). */
@Controller('v1/migration/transactions')
export class MigrationTransactionsController {
  constructor(private readonly migration: MigrationClient) {}

  @Get('search')
  @RequireScopes('migration:read')
  search(@CurrentApp() app: ApiClient, @Query() query: TransactionSearchQueryDto) {
    const search = { ...query, client: scopedClient(app, query.client, 'client', false) };
    if (!SEARCH_FILTERS.some((filter) => search[filter] !== undefined)) {
      const message = `Send at least one filter: ${SEARCH_FILTERS.join(', ')}`;
      throw ProblemError.of(400, ProblemType.validation, 'Invalid request', message, { errors: [{ field: 'query', message }] });
    }
    return this.migration.searchTransactions(search);
  }
}
