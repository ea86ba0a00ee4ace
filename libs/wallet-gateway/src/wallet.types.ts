/**
 * Wallet Gateway shapes, as Migo (and the simulator) answer them. Unknown fields pass through untouched; enums that
 * come back from Migo are open (`| string`) so a new value never breaks a client.
 */
export type * from './types/enums.types.js';
export type * from './types/users.types.js';
export type * from './types/cards.types.js';
export type * from './types/money.types.js';
export type * from './types/terminals.types.js';
export type * from './types/statements.types.js';
export type * from './types/settlements.types.js';
export type * from './types/businesses.types.js';
export type * from './types/configs.types.js';
export type * from './types/files.types.js';
