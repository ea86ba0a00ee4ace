export { createMigoBffClient } from './client.js';
export type { MigoBffAnswer, MigoBffClient, MigoBffClientOptions } from './client.js';
export { MigoBffProblem } from './problem.js';
export { multipart } from './multipart.js';
export type { MultipartFile } from './multipart.js';
export { JobWaitTimeout, TERMINAL_JOB_STATES } from './jobs.js';
export type { Job, WaitForJobOptions } from './jobs.js';
export type { JobStreamEvent, WatchJobOptions } from './job-events.js';
export type { OperationId } from './routes.js';
export { OPERATIONS } from './generated/operations.js';
export type { components, operations, paths } from './generated/openapi.js';

/** A schema of the document by name: `Schema<'Job'>`, `Schema<'Problem'>`, … */
export type Schema<Name extends keyof import('./generated/openapi.js').components['schemas']> = import('./generated/openapi.js').components['schemas'][Name];
