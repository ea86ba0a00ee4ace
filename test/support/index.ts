export * from './demo-secrets.js';
export * from './simulator.js';
export * from './redis.js';
export * from './upstream.js';
export * from './bff.js';
export * from './worker.js';
export * from './sse-client.js';
export * from './processes.js';
