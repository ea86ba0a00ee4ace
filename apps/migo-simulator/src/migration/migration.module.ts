import { Module } from '@nestjs/common';
import { MiddlewareModule } from '../middleware/middleware.module.js';
import { HealthController } from './health.controller.js';
import { MigrationAuthGuard } from './migration-auth.guard.js';
import { TransactionSearch } from './transaction-search.js';
import { TransactionSearchController } from './transaction-search.controller.js';

/** The migration gateway ("Migo Payments API", early access), mounted under /migration: health probes and search. */
@Module({
  imports: [MiddlewareModule],
  controllers: [HealthController, TransactionSearchController],
  providers: [MigrationAuthGuard, TransactionSearch],
})
export class MigrationModule {}
