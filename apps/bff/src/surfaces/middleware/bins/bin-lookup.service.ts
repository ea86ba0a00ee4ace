import { Injectable } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';
import { BinInfo, MiddlewareClient } from '#middleware';
import { UpstreamError } from '#migo-http';
import { BinCache, UNKNOWN_BIN } from './bin-cache.js';
import type { BinBatchLookup } from './bins.schemas.js';

function unknownBin(bin: string): ProblemError {
  return ProblemError.of(404, ProblemType.notFound, 'Unknown BIN', `No issuer is known for BIN ${bin}`);
}

function isNotFound(error: unknown): boolean {
  return error instanceof UpstreamError && error.kind === 'response' && error.status === 404;
}

/** BIN lookups through the shared cache: only BINs it does not hold (known or unknown) reach Migo. */
@Injectable()
export class BinLookup {
  constructor(
    private readonly middleware: MiddlewareClient,
    private readonly cache: BinCache,
  ) {}

  /** A cached or fresh "unknown" answers the same 404, so a client cannot tell whether Migo was asked. */
  async one(bin: string): Promise<BinInfo> {
    const cached = (await this.cache.read([bin])).get(bin);
    if (cached === UNKNOWN_BIN) throw unknownBin(bin);
    if (cached) return cached;
    try {
      const info = await this.middleware.verifications.lookupBin(bin);
      await this.cache.remember([info], []);
      return info;
    } catch (error) {
      if (!isNotFound(error)) throw error;
      await this.cache.remember([], [bin]);
      throw unknownBin(bin);
    }
  }

  async many(bins: readonly string[]): Promise<BinBatchLookup> {
    const unique = [...new Set(bins)];
    const cached = await this.cache.read(unique);
    const misses = unique.filter((bin) => !cached.has(bin));
    const known = new Map<string, BinInfo>();
    for (const [bin, value] of cached) if (value !== UNKNOWN_BIN) known.set(bin, value);
    if (misses.length > 0) {
      const fresh = await this.middleware.verifications.lookupBins(misses);
      const asked = new Set(misses);
      const found = fresh.found.filter((info) => asked.has(info.bin));
      for (const info of found) known.set(info.bin, info);
      await this.cache.remember(found, misses.filter((bin) => !known.has(bin)));
    }
    return { items: unique.filter((bin) => known.has(bin)).map((bin) => known.get(bin)!), notFound: unique.filter((bin) => !known.has(bin)) };
  }
}
