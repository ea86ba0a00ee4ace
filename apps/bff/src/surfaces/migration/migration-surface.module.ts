import { Module } from '@nestjs/common';
import { MigrationClientModule } from '#migration';
import { MigrationTransactionsController } from './transactions.controller.js';

/**
 * `/v1/migration/...`: the optional migration gateway. AppModule imports this only when MIGO_MIGRATION_BASE_URL is
 * set, so its routes do not exist (404) otherwise. Its health probes are the BFF's own /health business.
 */
@Module({
  imports: [MigrationClientModule],
  controllers: [MigrationTransactionsController],
})
export class MigrationSurfaceModule {}
