import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface.js';
import type { Redis } from 'ioredis';
import type { RedisKeys } from '#common';

/** One counter per app and window, created with the window's expiry: every BFF instance counts into the same one. */
const HIT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {hits, ttl}
`;

/**
 * @nestjs/throttler's storage in Redis (fixed windows), so a limit holds across all BFF instances. A request over the
 * limit is refused until its window ends; refused requests still count, so hammering does not shorten the wait.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly hit: (key: string, ttlMs: string) => Promise<[number, number]>;

  constructor(
    redis: Redis,
    private readonly keys: RedisKeys,
  ) {
    // A defined command is sent as EVALSHA (the script's text only once, if Redis does not know it yet).
    if (!('migoRateLimitHit' in redis)) redis.defineCommand('migoRateLimitHit', { numberOfKeys: 1, lua: HIT });
    const command = (redis as unknown as Record<string, (key: string, ttlMs: string) => Promise<[number, number]>>).migoRateLimitHit;
    this.hit = command.bind(redis);
  }

  async increment(key: string, ttlMs: number, limit: number, _blockDurationMs: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const [hits, remainingMs] = await this.hit(this.keys.key('rate', throttlerName, key), String(ttlMs));
    const secondsLeft = Math.max(1, Math.ceil(remainingMs / 1000));
    const isBlocked = hits > limit;
    return { totalHits: hits, timeToExpire: secondsLeft, isBlocked, timeToBlockExpire: isBlocked ? secondsLeft : 0 };
  }
}
