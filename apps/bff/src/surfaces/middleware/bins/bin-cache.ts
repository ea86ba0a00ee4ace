import { Inject, Injectable } from '@nestjs/common';
import { REDIS, REDIS_KEYS } from '#common';
import type { RedisConnection, RedisKeys } from '#common';
import type { BinInfo } from '#middleware';
import { BFF_CONFIG } from '../../../config/bff-config.token.js';
import type { BffConfig } from '../../../config/load-bff-config.js';

/** A BIN Migo said it does not know (cached for less time than a known one). */
export const UNKNOWN_BIN = 'unknown' as const;
export type CachedBin = BinInfo | typeof UNKNOWN_BIN;

/**
 * BIN answers in Redis, one key per BIN under the BFF's prefix, so every instance shares them. BINs are issuer data,
 * not card data, and hold nothing secret. Redis failing is a miss (reads) or nothing (writes): the lookup then asks Migo.
 */
@Injectable()
export class BinCache {
  constructor(
    @Inject(REDIS) private readonly redis: RedisConnection,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
    @Inject(BFF_CONFIG) private readonly config: BffConfig,
  ) {}

  private key(bin: string): string {
    return this.keys.key('bin', bin);
  }

  /** What is cached of these BINs; a BIN not cached (or unreadable) is absent. One GET each: cluster-safe. */
  async read(bins: readonly string[]): Promise<Map<string, CachedBin>> {
    const found = new Map<string, CachedBin>();
    const values = await Promise.all(bins.map((bin) => this.redis.get(this.key(bin)).catch(() => null)));
    values.forEach((raw, i) => {
      if (raw === UNKNOWN_BIN) found.set(bins[i], UNKNOWN_BIN);
      else if (raw) found.set(bins[i], JSON.parse(raw) as BinInfo);
    });
    return found;
  }

  async remember(known: readonly BinInfo[], unknown: readonly string[]): Promise<void> {
    const { BIN_CACHE_TTL_SECONDS: ttl, BIN_CACHE_NEGATIVE_TTL_SECONDS: negativeTtl } = this.config.bff;
    await Promise.all([
      ...(ttl > 0 ? known.map((info) => this.set(info.bin, JSON.stringify(info), ttl)) : []),
      ...(negativeTtl > 0 ? unknown.map((bin) => this.set(bin, UNKNOWN_BIN, negativeTtl)) : []),
    ]);
  }

  private set(bin: string, value: string, ttl: number): Promise<unknown> {
    return this.redis.set(this.key(bin), value, 'EX', ttl).catch(() => undefined);
  }
}
