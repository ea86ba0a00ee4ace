import type { Watcher } from '#jobs';

/**
 * Each watch type's watcher, by type name. Throws — and so the worker refuses to start — when a type names no watcher:
 * better than finding out when the first watch of that type is polled.
 */
export function watchersByType(types: ReadonlyArray<{ type: string; watcher?: Partial<Watcher> }>): ReadonlyMap<string, Watcher> {
  const missing = types.filter((type) => typeof type.watcher?.poll !== 'function').map((type) => type.type);
  if (missing.length > 0) throw new Error(`Watch types without a watcher: ${missing.join(', ')} (libs/jobs/src/watches/<type>: name its watcher in the descriptor)`);
  return new Map(types.map((type) => [type.type, type.watcher as Watcher]));
}
