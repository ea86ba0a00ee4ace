import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Agent, Dispatcher, EnvHttpProxyAgent } from 'undici';

export const UPSTREAM_DISPATCHER = Symbol('UPSTREAM_DISPATCHER');

const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'];

/**
 * The connection pools every upstream call goes through: keep-alive, at most `maxSockets` connections per Migo host.
 * An HTTP(S)_PROXY in the environment is honoured (NO_PROXY too), as axios's own adapter did.
 */
export function createUpstreamDispatcher(maxSockets: number, env: NodeJS.ProcessEnv = process.env): Dispatcher {
  const options = { connections: maxSockets };
  return PROXY_VARIABLES.some((name) => env[name]) ? new EnvHttpProxyAgent(options) : new Agent(options);
}

/** Closes the pools when the app shuts down (after in-flight calls end). */
@Injectable()
export class UpstreamDispatcherCloser implements OnApplicationShutdown {
  constructor(@Inject(UPSTREAM_DISPATCHER) private readonly dispatcher: Dispatcher) {}

  async onApplicationShutdown(): Promise<void> {
    await this.dispatcher.close().catch(() => undefined);
  }
}
