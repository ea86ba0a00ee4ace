/**
 * Wallet Gateway shapes, as Migo (and the simulator) answer them. Unknown fields pass through untouched; enums that
 * come back from Migo are open (strings, the known values in the schema's description) so a new value never breaks a
 * client. Each response shape is a TypeBox schema (JSON Schema, for the OpenAPI document) and, under the same name, its type.
 */
export * from './types/enums.types.js';
export * from './types/users.types.js';
export * from './types/cards.types.js';
export * from './types/money.types.js';
export * from './types/terminals.types.js';
export * from './types/statements.types.js';
export * from './types/settlements.types.js';
export * from './types/businesses.types.js';
export * from './types/configs.types.js';
export * from './types/files.types.js';
