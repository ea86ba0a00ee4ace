/**
 * Middleware (`migo-api`) shapes, as Migo (and the simulator) answer them, already unwrapped from their envelope: each
 * answer a TypeBox schema (its JSON Schema, in the BFF's OpenAPI document) with its TypeScript type under the same name.
 * Unknown fields pass through untouched; enum-like strings stay open (plain strings) because Migo may add values.
 */
export * from './types/payment-links.types.js';
export type * from './types/reverts.types.js';
export * from './types/alternative-payments.types.js';
export * from './types/plans.types.js';
export * from './types/subscriptions.types.js';
export * from './types/charges.types.js';
export * from './types/payments.types.js';
export * from './types/verifications.types.js';
export * from './types/suspensions.types.js';
