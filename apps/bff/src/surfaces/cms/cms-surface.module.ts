import { Module } from '@nestjs/common';
import { CmsClientModule } from '#cms';
import { CmsCardholdersController } from './cardholders/cardholders.controller.js';
import { CmsConciliationFilesController } from './conciliation-files/conciliation-files.controller.js';
import { CmsSessionController } from './session/cms-session.controller.js';
import { CmsPartnersController } from './partners/partners.controller.js';
import { CmsProcessRequestsController } from './process-requests/process-requests.controller.js';
import { CmsRbacController } from './rbac/rbac.controller.js';
import { CmsUploadsController } from './uploads/uploads.controller.js';
import { CmsOperatorGuard } from './operator-sessions/cms-operator.guard.js';
import { CmsSessionsController } from './operator-sessions/cms-sessions.controller.js';
import { OperatorSessionStore } from './operator-sessions/operator-session.store.js';

/** `/v1/cms/...`: Migo's CMS paths without the leading `/app`. */
@Module({
  imports: [CmsClientModule],
  controllers: [CmsSessionsController, CmsSessionController, CmsPartnersController, CmsCardholdersController, CmsUploadsController, CmsRbacController, CmsProcessRequestsController, CmsConciliationFilesController],
  providers: [OperatorSessionStore, CmsOperatorGuard],
})
export class CmsSurfaceModule {}
