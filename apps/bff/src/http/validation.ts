import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';

export function flattenValidationErrors(errors: ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Inputs are checked before any upstream call: unknown fields are rejected (not silently dropped), types are
 * transformed, and every problem is listed with its field.
 */
export function bffValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const list = flattenValidationErrors(errors);
      return ProblemError.of(400, ProblemType.validation, 'Invalid request', `${list.length} invalid field(s): ${list.map((e) => e.field).join(', ')}`, { errors: list });
    },
  });
}
