import { Module, OnModuleInit } from '@nestjs/common';
import { controllerGuardsOf } from '../../openapi/framework-metadata.js';
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

const CONTROLLERS = [CmsSessionsController, CmsSessionController, CmsPartnersController, CmsCardholdersController, CmsUploadsController, CmsRbacController, CmsProcessRequestsController, CmsConciliationFilesController];

/**
 * Controllers of this module without CmsOperatorGuard: their CMS calls would act as the service operator even with
 * an operator's X-Cms-Session, so the BFF refuses to start with one.
 */
export function unguardedCmsControllers(controllers: ReadonlyArray<abstract new (...args: never[]) => unknown>): string[] {
  // Opening and closing a session is the one thing not done as an operator.
  return controllers.filter((controller) => controller !== CmsSessionsController && !controllerGuardsOf(controller).includes(CmsOperatorGuard)).map((controller) => controller.name);
}

/** `/v1/cms/...`: Migo's CMS paths without the leading `/app`. */
@Module({
  imports: [CmsClientModule],
  controllers: CONTROLLERS,
  providers: [OperatorSessionStore, CmsOperatorGuard],
})
export class CmsSurfaceModule implements OnModuleInit {
  onModuleInit(): void {
    const unguarded = unguardedCmsControllers(CONTROLLERS);
    if (unguarded.length > 0) throw new Error(`CMS controllers without CmsOperatorGuard (they would ignore X-Cms-Session): ${unguarded.join(', ')}`);
  }
}
