/**
 * Middleware (`migo-api`) shapes, as Migo (and the simulator) answer them, already unwrapped from their envelope.
 * Unknown fields pass through untouched; enum-like strings stay open (`| string`) because Migo may add values.
 */
export type * from './types/payment-links.types.js';
export type * from './types/reverts.types.js';
export type * from './types/alternative-payments.types.js';
export type * from './types/plans.types.js';
export type * from './types/subscriptions.types.js';
export type * from './types/charges.types.js';
export type * from './types/payments.types.js';
export type * from './types/verifications.types.js';
export type * from './types/suspensions.types.js';
