import { Transform } from 'class-transformer';

/** "42" → 42; anything non-numeric stays as-is so @IsInt reports it. */
export const EnvInt = () =>
  Transform(({ value }) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value));

/** "0.25" → 0.25; anything non-numeric stays as-is so @IsNumber reports it. */
export const EnvNumber = () =>
  Transform(({ value }) => (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value));

/** Only "true"/"1"/"yes" and "false"/"0"/"no" are booleans; other strings stay so @IsBoolean reports them. */
export const EnvBool = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const v = value.trim().toLowerCase();
    if (['true', '1', 'yes'].includes(v)) return true;
    if (['false', '0', 'no'].includes(v)) return false;
    return value;
  });

/** "a, b,c" → ["a","b","c"]. */
export const EnvList = () =>
  Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value,
  );
