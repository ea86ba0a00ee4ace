import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';

/**
 * Numeric ids in paths (cards, users, cardholders…): Migo's ids are positive integers, so `0`, `-5`, `1e3` or `12abc`
 * are refused here with a field error instead of costing an upstream call that can only fail.
 */
@Injectable()
export class IdParamPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const id = /^[1-9]\d{0,15}$/.test(value) ? Number(value) : NaN;
    if (Number.isSafeInteger(id)) return id;
    const field = metadata.data ?? 'id';
    const message = `${field} must be a positive integer`;
    throw ProblemError.of(400, ProblemType.validation, 'Invalid request', message, { errors: [{ field, message }] });
  }
}
