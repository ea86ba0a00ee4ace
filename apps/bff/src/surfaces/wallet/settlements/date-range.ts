import { IsString, ValidateBy, ValidationOptions } from 'class-validator';

/** The longest range a settlement list or view may span (a quarter, days inclusive). */
export const MAX_RANGE_DAYS = 93;
const DAY_MS = 86_400_000;

/** A real calendar date `YYYY-MM-DD` as UTC midnight, else undefined (`2026-02-30` is not a date). */
export function dateOnlyMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value ? undefined : ms;
}

export function addDays(date: string, days: number): string {
  return new Date(dateOnlyMs(date)! + days * DAY_MS).toISOString().slice(0, 10);
}

function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isDateOnly', validator: { validate: (value) => dateOnlyMs(value) !== undefined, defaultMessage: (args) => `${args?.property} must be a date written YYYY-MM-DD` } }, options);
}

/** `to` is not before `from` and the two span at most MAX_RANGE_DAYS days (only checked once both are dates). */
function IsRangeEndAfter(fromField: string): PropertyDecorator {
  return ValidateBy({
    name: 'isRangeEnd',
    validator: {
      validate: (value, args) => {
        const from = dateOnlyMs((args?.object as Record<string, unknown>)[fromField]);
        const to = dateOnlyMs(value);
        if (from === undefined || to === undefined) return true;
        return to >= from && (to - from) / DAY_MS + 1 <= MAX_RANGE_DAYS;
      },
      defaultMessage: () => `to must not be before ${fromField}, and the range may span at most ${MAX_RANGE_DAYS} days`,
    },
  });
}

/** An inclusive range of UTC calendar dates, checked before any upstream call. */
export class DateRangeQuery {
  @IsString() @IsDateOnly() from!: string;
  @IsString() @IsDateOnly() @IsRangeEndAfter('from') to!: string;
}
