import { WATCH_TYPES } from '#jobs';
import { watchersByType } from './watchers-by-type.js';

/** The worker's boot check: every watch type has its watcher, or the worker does not start. */
describe('watchersByType', () => {
  it('refuses, naming them, types without a watcher', () => {
    expect(() => watchersByType([{ type: 'x.ok', watcher: { poll: async () => ({ changes: [], cursor: {} }) } }, { type: 'x.none' }])).toThrow('Watch types without a watcher: x.none');
  });
  it('finds a watcher for every registered type', () => {
    expect([...watchersByType(WATCH_TYPES).keys()].sort()).toEqual(WATCH_TYPES.map((type) => type.type).sort());
  });
});
