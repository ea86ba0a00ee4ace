import { Global, Module } from '@nestjs/common';
import { MiddlewareClientModule } from '#middleware';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { FormAccessInterceptor } from './form-access.interceptor.js';
import { PartnerAccess } from './partner-access.service.js';
import { PartnerAccessGuard } from './partner-access.guard.js';
import { PartnerListFilter } from './partner-list.filter.js';
import { JobOwners } from './resolvers/job-owners.js';
import { MiddlewareOwners } from './resolvers/middleware-owners.js';
import { OwnerCache } from './resolvers/owner-cache.js';
import { WalletOwners } from './resolvers/wallet-owners.js';
import { WatchOwners } from './resolvers/watch-owners.js';

/** Partner access: the declarations' resolvers and the guard that enforces them (AppModule installs it globally). */
@Global()
@Module({
  imports: [WalletGatewayClientModule, MiddlewareClientModule],
  providers: [OwnerCache, WalletOwners, MiddlewareOwners, JobOwners, WatchOwners, PartnerAccess, PartnerAccessGuard, FormAccessInterceptor, PartnerListFilter],
  exports: [PartnerAccess, PartnerAccessGuard, JobOwners, WatchOwners, FormAccessInterceptor, PartnerListFilter],
})
export class AccessModule {}
