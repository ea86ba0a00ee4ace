import { Module } from '@nestjs/common';
import { CmsClientModule } from '#cms';
import { CmsCardholdersController } from './cardholders.controller.js';
import { CmsSessionController } from './cms-session.controller.js';
import { CmsPartnersController } from './partners.controller.js';
import { CmsProcessRequestsController } from './process-requests.controller.js';
import { CmsRbacController } from './rbac.controller.js';
import { CmsUploadsController } from './uploads.controller.js';

/** `/v1/cms/...`: Migo's CMS paths without the leading `/app`. */
@Module({
  imports: [CmsClientModule],
  controllers: [CmsSessionController, CmsPartnersController, CmsCardholdersController, CmsUploadsController, CmsRbacController, CmsProcessRequestsController],
})
export class CmsSurfaceModule {}
