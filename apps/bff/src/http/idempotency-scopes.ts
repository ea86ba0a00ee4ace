import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IdempotencyStore } from '#common';
import type { ApiClientRegistry } from '../auth/api-clients.js';
import { API_CLIENTS } from '../auth/api-key.guard.js';
import { IDEMPOTENCY_STORE } from './idempotency.interceptor.js';

const EVERY_MS = 30_000;

/**
 * Tells the worker's reconciler whose keys to sweep: every app this BFF admits, at start and every 30 s (Redis may
 * have been unreachable at start, or have lost the list). Nothing is written per request.
 */
@Injectable()
export class IdempotencyScopes implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    @Inject(API_CLIENTS) private readonly clients: ApiClientRegistry,
  ) {}

  onApplicationBootstrap(): void {
    const register = () => void this.store.registerScopes(this.clients.appNames()).catch(() => undefined);
    register();
    this.timer = setInterval(register, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
