import { Injectable } from '@nestjs/common';
import { ConfigValidationError } from '#common';
import { MigoAuth } from '#migo-auth';
import { SurfaceCalls, UpstreamAuth, UpstreamCallOptions, UpstreamHttp } from '#migo-http';
import { MigrationHealth, TransactionSearchPage, TransactionSearchQuery } from './migration.types.js';

export type MigrationCallOptions = UpstreamCallOptions;

/**
 * Typed client of the migration gateway (optional upstream). Only provide it when MIGO_MIGRATION_BASE_URL is set;
 * it refuses to start without the gateway's JWT, so a half-configured gateway fails at boot, not on the first search.
 */
@Injectable()
export class MigrationClient {
  private readonly jwt: UpstreamAuth;
  private readonly calls: SurfaceCalls;

  constructor(http: UpstreamHttp, auth: MigoAuth) {
    const problems = [
      ...(http.isConfigured('migration') ? [] : ['MIGO_MIGRATION_BASE_URL is not set, so the migration gateway client cannot be used']),
      ...(auth.migration ? [] : ['MIGO_MIGRATION_JWT is required when MIGO_MIGRATION_BASE_URL is set']),
    ];
    if (problems.length > 0) throw new ConfigValidationError(problems);
    this.jwt = auth.migration!;
    this.calls = new SurfaceCalls(http, 'migration');
  }

  searchTransactions(query: TransactionSearchQuery, options: MigrationCallOptions = {}) {
    return this.get<TransactionSearchPage>('/transactions/search', this.jwt, options, { ...query });
  }

  /** Unauthenticated probes. */
  health(options: MigrationCallOptions = {}) {
    return this.get<MigrationHealth>('/health', undefined, options);
  }

  ready(options: MigrationCallOptions = {}) {
    return this.get<MigrationHealth>('/health/ready', undefined, options);
  }

  private get<T>(route: string, auth: UpstreamAuth | undefined, options: MigrationCallOptions, query?: Record<string, string | number | undefined>): Promise<T> {
    return this.calls.json<T>(auth, 'GET', route, {}, options, { query });
  }
}
