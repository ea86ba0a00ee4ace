import { Injectable, PipeTransform } from '@nestjs/common';
import { ProblemError, ProblemType } from '#common';

/**
 * Refuses any query parameter on a route that takes card digits in its body: a card number must never travel in a
 * URL. Neither the names nor the values are repeated (a PAN may be either).
 */
@Injectable()
export class NoQueryPipe implements PipeTransform<unknown, undefined> {
  transform(query: unknown): undefined {
    if (query && typeof query === 'object' && Object.keys(query).length > 0) {
      throw ProblemError.of(400, ProblemType.validation, 'Invalid request', 'This route takes no query parameters: send the BIN or card number in the JSON body, never in the URL');
    }
    return undefined;
  }
}
