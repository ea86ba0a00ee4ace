export * from './bullmq-connection.js';
export * from './job-id.js';
export * from './job-record.js';
export * from './job-store.js';
export * from './job-tracking.js';
export * from './job-types.js';
export * from './jobs.config.js';
export * from './reconcile-jobs.js';
