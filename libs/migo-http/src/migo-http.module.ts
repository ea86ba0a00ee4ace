import { HttpService } from '@nestjs/axios';
import { DynamicModule, Module, Provider } from '@nestjs/common';
import { upstreamAxios } from './transport/upstream-axios.js';
import { MigoUpstreamEnv, upstreamSettings } from './upstream-config.js';
import { createUpstreamDispatcher, UPSTREAM_DISPATCHER, UpstreamDispatcherCloser } from './transport/upstream-dispatcher.js';
import { MIGO_UPSTREAM_SETTINGS, UpstreamHttp } from './upstream-http.service.js';
import { NOOP_UPSTREAM_OBSERVER, UPSTREAM_OBSERVER } from './upstream-observer.js';

export interface MigoHttpModuleOptions {
  env: MigoUpstreamEnv;
  /** Override to collect metrics; defaults to a no-op. */
  observer?: Provider;
  /** Provides EXCHANGE_RECORDER to keep redacted copies of each request's upstream exchanges; none by default. */
  exchangeRecorder?: Provider;
}

/** Global: one UpstreamHttp (and one set of keep-alive connection pools, driven through HttpService) per process. */
@Module({})
export class MigoHttpModule {
  static forRoot(options: MigoHttpModuleOptions): DynamicModule {
    const dispatcher = createUpstreamDispatcher(options.env.MIGO_MAX_SOCKETS);
    return {
      module: MigoHttpModule,
      global: true,
      providers: [
        { provide: HttpService, useValue: new HttpService(upstreamAxios(dispatcher)) },
        { provide: UPSTREAM_DISPATCHER, useValue: dispatcher },
        UpstreamDispatcherCloser,
        { provide: MIGO_UPSTREAM_SETTINGS, useValue: upstreamSettings(options.env) },
        options.observer ?? { provide: UPSTREAM_OBSERVER, useValue: NOOP_UPSTREAM_OBSERVER },
        ...(options.exchangeRecorder ? [options.exchangeRecorder] : []),
        UpstreamHttp,
      ],
      exports: [UpstreamHttp, UPSTREAM_OBSERVER],
    };
  }
}
