export * from './watch-type.js';
export * from './watch-record.js';
export * from './watch-store.js';
export * from './watch-tracking.js';
export { WATCH_TYPES, WATCH_TYPE_NAMES, watchTypeOf } from './registry.js';
