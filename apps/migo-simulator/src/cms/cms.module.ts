import { Module } from '@nestjs/common';
import { CmsAppGuard } from './auth/cms-app.guard.js';
import { CmsAuthController } from './auth/cms-auth.controller.js';
import { CmsOtpController } from './auth/cms-otp.controller.js';
import { CmsSessionGuard } from './auth/cms-session.guard.js';
import { OtpGate, OtpGateInterceptor } from './auth/otp-gate.js';
import { PartnerScope } from './auth/partner-scope.js';
import { CardholderStore } from './cardholders/cardholder-store.js';
import { CardholdersController } from './cardholders/cardholders.controller.js';
import { CmsDirectory } from './cms-directory.js';
import { ConciliationFilesController } from './conciliation/conciliation-files.controller.js';
import { PaymentsToReconcile } from './conciliation/payments-to-reconcile.js';
import { MiddlewareModule } from '../middleware/middleware.module.js';
import { PartnerBalances } from './partners/partner-balances.js';
import { PartnersController } from './partners/partners.controller.js';
import { ProcessRequestStore } from './process-requests/process-request-store.js';
import { ProcessRequestsController } from './process-requests/process-requests.controller.js';
import { PermissionStore } from './rbac/permission-store.js';
import { RbacController } from './rbac/rbac.controller.js';
import { BatchProgressController } from './uploads/batch-progress.controller.js';
import { BatchStore } from './uploads/batch-store.js';
import { UploadsController } from './uploads/uploads.controller.js';

/** The CMS Backoffice (`ali-api-cms-rest`), mounted under /cms/rest. */
@Module({
  imports: [MiddlewareModule],
  controllers: [
    CmsAuthController,
    CmsOtpController,
    PartnersController,
    CardholdersController,
    UploadsController,
    BatchProgressController,
    RbacController,
    ProcessRequestsController,
    ConciliationFilesController,
  ],
  providers: [
    CmsDirectory,
    PartnerScope,
    CmsAppGuard,
    CmsSessionGuard,
    OtpGate,
    OtpGateInterceptor,
    CardholderStore,
    BatchStore,
    PermissionStore,
    PartnerBalances,
    ProcessRequestStore,
    PaymentsToReconcile,
  ],
})
export class CmsModule {}
