import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { invalidJobRequest, WATCH_STORE, WATCH_TYPE_NAMES, WATCH_TYPES, WatchObject, WatchObjectKind, WatchStore, watchTypeOf } from '#jobs';
import { MiddlewareOwners } from './middleware-owners.js';
import { ownedBy, Owners } from './owners.js';
import { WalletOwners } from './wallet-owners.js';

/**
 * What `POST /v1/watches {type, upstreamId}` points at, read by the type's descriptor; 400 for what cannot be watched.
 * The access check and the watch itself use this one reading.
 */
export function watchObjectOf(type: unknown, upstreamId: unknown): WatchObject {
  const watchType = typeof type === 'string' ? watchTypeOf(type) : undefined;
  if (!watchType) throw invalidJobRequest(`type must be one of ${WATCH_TYPE_NAMES.join(', ')}`);
  if (typeof upstreamId !== 'string' || upstreamId.length === 0 || upstreamId.length > 128) throw invalidJobRequest('upstreamId must be 1 to 128 characters');
  return watchType.objectOf(upstreamId);
}

/** The watch types whose object (their descriptor's `owner`) has no resolver among `resolvable`. */
export function unresolvableWatchTypes(resolvable: ReadonlySet<string>, types: ReadonlyArray<{ type: string; owner?: string }> = WATCH_TYPES): string[] {
  return types.filter((type) => !type.owner || !resolvable.has(type.owner)).map((type) => type.type);
}

/**
 * A watch is its object's: the same resolvers as the object's own routes (a subscription is its Middleware client's, a
 * card its holder's partner's). A stored watch is the partner recorded when it was made; another app's is not found.
 */
@Injectable()
export class WatchOwners implements OnModuleInit {
  private readonly resolvers: Record<WatchObjectKind, (object: WatchObject) => Promise<Owners>>;

  constructor(
    @Inject(WATCH_STORE) private readonly store: WatchStore,
    wallet: WalletOwners,
    middleware: MiddlewareOwners,
  ) {
    this.resolvers = {
      subscription: (object) => middleware.subscription((object as { subUid: string }).subUid),
      'wallet-card': (object) => wallet.card((object as { cardId: number }).cardId),
    };
  }

  /** The BFF refuses to start when a watch type names an object no resolver here can place. */
  onModuleInit(): void {
    const missing = unresolvableWatchTypes(new Set(Object.keys(this.resolvers)));
    if (missing.length > 0) throw new Error(`Watch types whose object the BFF cannot resolve to a partner: ${missing.join(', ')} (apps/bff/src/access/resolvers/watch-owners.ts)`);
  }

  async watch(app: string, id: string): Promise<Owners> {
    const record = await this.store.get(app, id);
    return record ? ownedBy(record.partnerId) : { partners: [], match: 'all' };
  }

  target(type: unknown, upstreamId: unknown): Promise<Owners> {
    const object = watchObjectOf(type, upstreamId);
    return this.resolvers[object.kind](object);
  }
}
