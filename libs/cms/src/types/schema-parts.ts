import Type from 'typebox';

/** A value Migo may send as null. */
export const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** An ISO 8601 date-time (every CMS timestamp the simulator and Migo's examples show). */
export const DateTime = Type.String({ format: 'date-time' });
