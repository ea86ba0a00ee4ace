import { Inject, Injectable } from '@nestjs/common';
import { REDIS, REDIS_KEYS } from '#common';
import type { RedisConnection, RedisKeys } from '#common';
import { UpstreamError } from '#migo-http';

/** Owners rarely change; an unknown owner is asked again sooner, so an object just created or assigned is reachable quickly. */
const KNOWN_OWNER_TTL_SECONDS = 3600;
const UNKNOWN_OWNER_TTL_SECONDS = 30;

/** Migo does not know the object: it has no owner (the app is refused as for another partner's object). */
export function isNotFound(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'response' && error.status === 404;
}

/**
 * Which partner owns an object, cached in Redis for every instance (`''` = none: no partner, or Migo does not know it).
 * A Redis fault only costs the lookup again.
 */
@Injectable()
export class OwnerCache {
  constructor(
    @Inject(REDIS) private readonly redis: RedisConnection,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
  ) {}

  async owner(kind: string, id: string | number, resolve: () => Promise<string | null>): Promise<string | null> {
    const key = this.keys.key('owner', kind, id);
    const hit = await this.redis.get(key).catch(() => null);
    if (hit !== null) return hit === '' ? null : hit;
    const partner = await resolve().catch((error: unknown) => {
      if (isNotFound(error)) return null;
      throw error;
    });
    await this.redis.set(key, partner ?? '', 'EX', partner ? KNOWN_OWNER_TTL_SECONDS : UNKNOWN_OWNER_TTL_SECONDS).catch(() => undefined);
    return partner;
  }
}
