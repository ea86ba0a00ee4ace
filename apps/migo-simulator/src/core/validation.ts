import { ValidationError, ValidationPipe } from '@nestjs/common';
import { SimValidationError } from './sim-errors.js';

function flatten(errors: ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Migo validates DTOs with Nest's class-validator pipe: unknown fields are stripped, types transformed.
 * The simulator does the same and renders failures in each surface's envelope.
 */
export function simValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    transform: true,
    exceptionFactory: (errors) => new SimValidationError(flatten(errors)),
  });
}
