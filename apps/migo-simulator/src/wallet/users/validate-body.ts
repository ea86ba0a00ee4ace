import { simValidationPipe } from '../../core/validation.js';

const pipe = simValidationPipe();

/** Runs the global DTO pipe by hand, for a route whose body class depends on the body (`POST /users`). */
export function validateBody<T extends object>(metatype: new () => T, body: unknown): Promise<T> {
  const value = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : {};
  return pipe.transform(value, { type: 'body', metatype }) as Promise<T>;
}
