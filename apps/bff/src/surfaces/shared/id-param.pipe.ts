import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';
import { parseId } from '../../http/ids.js';

/** Numeric ids in paths (cards, users, cardholders…), by the one id rule (http/ids.ts), refused with a field error. */
@Injectable()
export class IdParamPipe implements PipeTransform<string, number> {
  transform(value: string, metadata: ArgumentMetadata): number {
    const id = parseId(value);
    if (id !== undefined) return id;
    const field = metadata.data ?? 'id';
    const message = `${field} must be a positive integer`;
    throw ProblemError.of(400, ProblemType.validation, 'Invalid request', message, { errors: [{ field, message }] });
  }
}
