import { Module } from '@nestjs/common';
import { MigrationClient } from './migration.client.js';

/** Needs MigoHttpModule and MigoAuthModule (both global); import only when the migration upstream is configured. */
@Module({ providers: [MigrationClient], exports: [MigrationClient] })
export class MigrationClientModule {}
