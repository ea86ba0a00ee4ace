import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';

/**
 * Free-text path parameters (device ids, file names, statement references) are copied into Migo's path. They are
 * percent-encoded there, but `.` and `..` would still be resolved as dot segments and reach another Migo route.
 */
@Injectable()
export class PathSegmentPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (/^[^\x00-\x1f\x7f]{1,200}$/.test(value) && value !== '.' && value !== '..') return value;
    const field = metadata.data ?? 'path';
    const message = `${field} must be 1 to 200 printable characters and not "." or ".."`;
    throw ProblemError.of(400, ProblemType.validation, 'Invalid request', message, { errors: [{ field, message }] });
  }
}
