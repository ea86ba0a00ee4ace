export * from './migration-client.module.js';
export * from './migration.client.js';
export * from './migration.types.js';
