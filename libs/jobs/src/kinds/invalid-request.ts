import { ProblemError, ProblemType } from '#common';

/** A request naming work that cannot be followed as asked: 400 problem+json, before any upstream call. */
export function invalidJobRequest(detail: string): ProblemError {
  return ProblemError.of(400, ProblemType.validation, 'Invalid request', detail);
}

export function jobObjectNotFound(detail: string): ProblemError {
  return ProblemError.of(404, ProblemType.notFound, 'Not found', detail);
}
