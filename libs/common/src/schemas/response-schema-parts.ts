import Type, { type TSchema } from 'typebox';

/** An ISO 8601 date-time, as Migo writes timestamps (`2026-01-31T12:00:00.000Z`). */
export const DateTime = (description?: string) => Type.String({ format: 'date-time', ...(description ? { description } : {}) });

/** The value, or `null` (Migo sends the field with null rather than leaving it out). */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** A value Migo may extend: typed as a string, the known values listed for the reader. */
export const OpenEnum = (known: readonly string[]) => Type.String({ description: `${known.join(' | ')} (open: Migo may add values)` });

/** Free-form JSON the caller sent and Migo stores as given. */
export const JsonObject = () => Type.Record(Type.String(), Type.Unknown());

/**
 * A response schema as @Returns takes it: TypeBox keeps `title` in the schema but not in its TypeScript type, so this
 * checks it is there and says so to the compiler.
 */
export function named<T extends TSchema>(schema: T): T & { title: string } {
  const title = (schema as { title?: unknown }).title;
  if (typeof title !== 'string' || title === '') throw new Error('A response schema needs a title (its component name)');
  return schema as T & { title: string };
}
