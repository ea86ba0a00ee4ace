import { ValidateBy, ValidationOptions } from 'class-validator';
import { luhnValid } from '#common';

export const GENDERS = ['F', 'M', 'OTHER'] as const;
export const MARITAL_STATUSES = ['soltero', 'casado', 'viudo', 'divorciado', 'separado'] as const;
export const CURRENCY = /^[A-Z]{3}$/;
export const CURRENCY_MESSAGE = { message: 'currency must be an ISO 4217 code such as GTQ' };
export const COUNTRY = /^[A-Z]{2,3}$/;

/** A card number: 13–19 digits passing the Luhn check. The message never repeats the number. */
export function IsPan(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPan',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{13,19}$/.test(value) && luhnValid(value),
        defaultMessage: (args) => `${args?.property} must be a card number of 13 to 19 digits passing the Luhn check`,
      },
    },
    options,
  );
}

/** Equal to another field of the same body (e.g. a password confirmation); the message names fields, never values. */
export function IsSameAs(other: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSameAs',
      constraints: [other],
      validator: {
        validate: (value: unknown, args) => value === (args?.object as Record<string, unknown>)[other],
        defaultMessage: (args) => `${args?.property} must match ${other}`,
      },
    },
    options,
  );
}

export function IsDifferentFrom(other: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDifferentFrom',
      constraints: [other],
      validator: {
        validate: (value: unknown, args) => value !== (args?.object as Record<string, unknown>)[other],
        defaultMessage: (args) => `${args?.property} must differ from ${other}`,
      },
    },
    options,
  );
}

/** A real calendar day written `YYYY-MM-DD`. */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateOnly',
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const date = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
        },
        defaultMessage: (args) => `${args?.property} must be a date written YYYY-MM-DD`,
      },
    },
    options,
  );
}
