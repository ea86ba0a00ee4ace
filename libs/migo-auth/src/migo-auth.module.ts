import { DynamicModule, Module, Provider } from '@nestjs/common';
import { MigoCredentialsEnv } from './migo-credentials.config.js';
import { MIGO_CREDENTIALS, MigoAuth } from './migo-auth.service.js';

/** Global. Needs MigoHttpModule and RedisModule (both global) in the importing app. */
@Module({})
export class MigoAuthModule {
  static forRoot(credentials: MigoCredentialsEnv, extraProviders: Provider[] = []): DynamicModule {
    return {
      module: MigoAuthModule,
      global: true,
      providers: [{ provide: MIGO_CREDENTIALS, useValue: credentials }, MigoAuth, ...extraProviders],
      exports: [MigoAuth],
    };
  }
}
