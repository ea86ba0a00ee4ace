import { Module } from '@nestjs/common';
import { CmsClient } from './cms.client.js';
import { CmsWriteLookup } from './write-references.js';

/** Needs MigoHttpModule and MigoAuthModule (both global) in the importing app. */
@Module({ providers: [CmsClient, CmsWriteLookup], exports: [CmsClient, CmsWriteLookup] })
export class CmsClientModule {}
