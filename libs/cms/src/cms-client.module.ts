import { Module } from '@nestjs/common';
import { CmsClient } from './cms.client.js';

/** Needs MigoHttpModule and MigoAuthModule (both global) in the importing app. */
@Module({ providers: [CmsClient], exports: [CmsClient] })
export class CmsClientModule {}
