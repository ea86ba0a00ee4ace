import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';
import { parsePathSegment } from '../../http/ids.js';

/** Free-text path parameters copied into Migo's path (http/ids.ts says why `.` and `..` are refused). */
@Injectable()
export class PathSegmentPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    const segment = parsePathSegment(value);
    if (segment !== undefined) return segment;
    const field = metadata.data ?? 'path';
    const message = `${field} must be 1 to 200 printable characters and not "." or ".."`;
    throw ProblemError.of(400, ProblemType.validation, 'Invalid request', message, { errors: [{ field, message }] });
  }
}
