import { Inject, Injectable, Logger, Provider } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS, REDIS_KEYS, RedisKeys } from '#common';
import { EXCHANGE_RECORDER } from '#migo-http';
import type { ExchangeRecorder, UpstreamExchange } from '#migo-http';

/** How long support can look a request up. */
export const SUPPORT_RETENTION_SECONDS = 7 * 24 * 3600;
/** Exchanges kept per request (the latest ones: a request that loops keeps its end, where it failed). */
export const SUPPORT_MAX_EXCHANGES_PER_REQUEST = 50;

/**
 * The redacted upstream exchanges of each inbound request, in a Redis list per app and request id: request ids come
 * from callers, so two apps may use the same one and must never see each other's exchanges.
 */
@Injectable()
export class SupportExchangeStore implements ExchangeRecorder {
  private readonly logger = new Logger(SupportExchangeStore.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
  ) {}

  record(exchange: UpstreamExchange): void {
    const key = this.key(exchange.app, exchange.requestId);
    this.redis
      .multi()
      .rpush(key, JSON.stringify(exchange))
      .ltrim(key, -SUPPORT_MAX_EXCHANGES_PER_REQUEST, -1)
      .expire(key, SUPPORT_RETENTION_SECONDS)
      .exec()
      .catch((error: Error) => this.logger.warn(`Could not keep the upstream exchange of request ${exchange.requestId}: ${error.message}`));
  }

  /** The exchanges of `requestId` made for any of `apps`, oldest first. */
  async find(apps: readonly string[], requestId: string): Promise<UpstreamExchange[]> {
    const pipeline = this.redis.pipeline();
    for (const app of apps) pipeline.lrange(this.key(app, requestId), 0, -1);
    const results = (await pipeline.exec()) ?? [];
    const exchanges: UpstreamExchange[] = [];
    for (const [error, items] of results) {
      if (error) throw error;
      for (const item of items as string[]) exchanges.push(JSON.parse(item) as UpstreamExchange);
    }
    return exchanges.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  private key(app: string, requestId: string): string {
    return this.keys.key('support', 'exchanges', app, requestId);
  }
}

/** Hand to `MigoHttpModule.forRoot({ exchangeRecorder })`: the global SupportModule supplies the instance. */
export const SUPPORT_EXCHANGE_RECORDER: Provider = { provide: EXCHANGE_RECORDER, useExisting: SupportExchangeStore };
