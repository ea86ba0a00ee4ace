import { ValidateBy, ValidationOptions } from 'class-validator';

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A card number: 13–19 digits passing the Luhn check. The message never repeats the value. */
export function IsPan(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPan',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^\d{13,19}$/.test(value) && passesLuhn(value),
        defaultMessage: (args) => `${args?.property} must be a valid card number (13 to 19 digits passing the Luhn check)`,
      },
    },
    options,
  );
}
