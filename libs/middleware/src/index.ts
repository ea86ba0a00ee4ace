export * from './middleware-client.module.js';
export * from './middleware.client.js';
export * from './middleware.types.js';
export * from './write-references.js';
