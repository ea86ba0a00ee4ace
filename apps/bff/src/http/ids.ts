import { registerDecorator, ValidationOptions } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

/**
 * Migo's ids are positive integers. One rule for every place an id arrives (path, query, JSON body) and for the access
 * layer that looks its owner up, so a value is never valid to one and malformed to the other: `0`, `-5`, `1e3`,
 * `12abc`, `1e300` and anything past Number.MAX_SAFE_INTEGER are refused with 400 before any upstream call.
 */
export function parseId(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string' || !/^[1-9]\d{0,15}$/.test(value)) return undefined;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : undefined;
}

/**
 * Free-text values copied into a Migo path (device ids, uids, partner slugs, statement references): percent-encoded
 * there, but `.` and `..` would still be resolved as dot segments and reach another Migo route.
 */
export function parsePathSegment(value: unknown): string | undefined {
  return typeof value === 'string' && /^[^\x00-\x1f\x7f]{1,200}$/.test(value) && value !== '.' && value !== '..' ? value : undefined;
}

/** class-validator: a JSON number that is a Migo id (see parseId). `@IsInt()` alone lets 1e300 through. */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  const documented = JSONSchema({ type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
  return (target, propertyName) => {
    documented(target, propertyName as string);
    registerDecorator({
      name: 'isId',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be a positive integer no larger than ${Number.MAX_SAFE_INTEGER}`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'number' && parseId(value) !== undefined },
    });
  };
}
