import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { REDIS, REDIS_KEYS } from '#common';
import type { RedisConnection, RedisKeys } from '#common';

export interface CachedView {
  body: Record<string, unknown>;
  storedAt: number;
}

/**
 * Short per-app caching of complete views in Redis, and in-process sharing of identical requests in flight
 * (20 identical concurrent requests make one set of upstream calls). Partial views are never cached.
 */
@Injectable()
export class ViewCache {
  private readonly inflight = new Map<string, Promise<{ view: Record<string, unknown>; cached: boolean }>>();

  constructor(
    @Inject(REDIS) private readonly redis: RedisConnection,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
  ) {}

  key(app: string, view: string, params: Record<string, unknown>): string {
    const digest = createHash('sha256').update(JSON.stringify([view, params])).digest('hex').slice(0, 32);
    return this.keys.key(`{app:${app}}`, 'view', digest);
  }

  /** The cached view, or the result of `compute` (shared with identical concurrent callers, cached when complete). */
  async getOrCompute(key: string, ttlSeconds: number, compute: () => Promise<Record<string, unknown> & { partial: boolean }>): Promise<{ view: Record<string, unknown>; cached: boolean }> {
    if (ttlSeconds > 0) {
      const hit = await this.redis.get(key).catch(() => null);
      if (hit) return { view: (JSON.parse(hit) as CachedView).body, cached: true };
    }
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = (async () => {
        const view = await compute();
        if (!view.partial && ttlSeconds > 0) {
          const entry: CachedView = { body: view, storedAt: Date.now() };
          await this.redis.set(key, JSON.stringify(entry), 'EX', ttlSeconds).catch(() => undefined);
        }
        return { view, cached: false };
      })().finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }
}
