import type { Type } from '@nestjs/common';
import type { Tracker } from '#jobs';

export const TRACKERS_BY_KIND = Symbol('TRACKERS_BY_KIND');

/**
 * Each kind's tracker instance, by kind name. Throws — and so the worker refuses to start — when a kind names no
 * tracker or one that was not provided: better than finding out when the first job of that kind runs.
 */
export function trackersByKind(kinds: ReadonlyArray<{ type: string; tracker?: Type<unknown> }>, classes: ReadonlyArray<Type<unknown>>, instances: readonly object[]): ReadonlyMap<string, Tracker> {
  const byKind = new Map<string, Tracker>();
  const missing: string[] = [];
  for (const kind of kinds) {
    const index = kind.tracker ? classes.indexOf(kind.tracker) : -1;
    const tracker = instances[index] as Tracker | undefined;
    if (index < 0 || typeof tracker?.step !== 'function') missing.push(kind.type);
    else byKind.set(kind.type, tracker);
  }
  if (missing.length > 0) throw new Error(`Job kinds without a tracker: ${missing.join(', ')} (libs/jobs/src/kinds/<kind>: name its tracker in the descriptor)`);
  return byKind;
}
