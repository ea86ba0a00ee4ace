import { HttpModule } from '@nestjs/axios';
import { DynamicModule, Module, Provider } from '@nestjs/common';
import http from 'node:http';
import https from 'node:https';
import { MigoUpstreamEnv, upstreamSettings } from './upstream-config.js';
import { MIGO_UPSTREAM_SETTINGS, UpstreamHttp } from './upstream-http.service.js';
import { NOOP_UPSTREAM_OBSERVER, UPSTREAM_OBSERVER } from './upstream-observer.js';

export interface MigoHttpModuleOptions {
  env: MigoUpstreamEnv;
  /** Override to collect metrics; defaults to a no-op. */
  observer?: Provider;
}

/** Global: one UpstreamHttp (and one keep-alive agent pair) per process. */
@Module({})
export class MigoHttpModule {
  static forRoot(options: MigoHttpModuleOptions): DynamicModule {
    const agentOptions = { keepAlive: true, maxSockets: options.env.MIGO_MAX_SOCKETS, maxFreeSockets: Math.min(64, options.env.MIGO_MAX_SOCKETS) };
    return {
      module: MigoHttpModule,
      global: true,
      imports: [HttpModule.register({ httpAgent: new http.Agent(agentOptions), httpsAgent: new https.Agent(agentOptions) })],
      providers: [
        { provide: MIGO_UPSTREAM_SETTINGS, useValue: upstreamSettings(options.env) },
        options.observer ?? { provide: UPSTREAM_OBSERVER, useValue: NOOP_UPSTREAM_OBSERVER },
        UpstreamHttp,
      ],
      exports: [UpstreamHttp, UPSTREAM_OBSERVER],
    };
  }
}
