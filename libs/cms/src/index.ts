export * from './cms-client.module.js';
export * from './cms.client.js';
export * from './cms.types.js';
export * from './excel.js';
export * from './parse-sse.js';
export * from './resources/conciliation-files.js';
export * from './types/conciliation-files.types.js';
export * from './write-references.js';
