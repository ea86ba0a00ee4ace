import { toUnits } from '../../core/money.js';
import { mwErrors } from './mw-errors.js';

/** A Middleware amount: a JSON number > 0 with at most 4 decimals, as integer ten-thousandths. 400 / 5000 otherwise. */
export function mwAmountUnits(amount: unknown, field = 'amount'): number {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) throw mwErrors.invalid(`${field} must be a number.`);
  if (amount <= 0) throw mwErrors.invalid(`${field} must be greater than zero.`);
  const units = toUnits(amount);
  if (units === undefined) throw mwErrors.invalid(`${field} must have at most 4 decimal places.`);
  return units;
}

/** The first two decimals of an amount in units: 12.99 → 99. */
export function centsOf(units: number): number {
  return Math.floor(units / 100) % 100;
}

export type SimulatedOutcome = 'approved' | 'denied' | 'expired';

/**
 * How the simulated customer's payment ends, decided by the amount's cents so tests and integrators can pick
 * an outcome: .99 → denied, .98 → expired, anything else → approved.
 */
export function outcomeByCents(units: number): SimulatedOutcome {
  const cents = centsOf(units);
  if (cents === 99) return 'denied';
  if (cents === 98) return 'expired';
  return 'approved';
}
