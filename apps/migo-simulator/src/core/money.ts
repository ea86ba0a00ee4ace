/**
 * Migo keeps balances as decimals with up to 4 places. The simulator stores integer ten-thousandths
 * ("units") so that 50 concurrent debits add up exactly.
 */
export const UNITS_PER_WHOLE = 10_000;

/** Returns the amount in units, or undefined when it has more than 4 decimals or is not finite. */
export function toUnits(amount: number): number | undefined {
  if (!Number.isFinite(amount)) return undefined;
  const units = Math.round(amount * UNITS_PER_WHOLE);
  if (Math.abs(units / UNITS_PER_WHOLE - amount) > 1e-9) return undefined;
  if (!Number.isSafeInteger(units)) return undefined;
  return units;
}

export function fromUnits(units: number): number {
  return units / UNITS_PER_WHOLE;
}

/** Terminal payments answer money as strings ("10", "10.5"). */
export function unitsToString(units: number): string {
  return String(fromUnits(units));
}
