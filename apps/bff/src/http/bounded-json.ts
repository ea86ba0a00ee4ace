import { registerDecorator } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { JsonBounds, jsonBoundsViolation } from './json-depth.js';

/** Free-form fields Migo stores and echoes (customKeys, metadata, additionalData): small, shallow values. */
export const FREE_FORM_BOUNDS: JsonBounds = { maxDepth: 4, maxKeys: 50, maxBytes: 4096 };

function isObject(value: unknown): value is object {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function boundedDecorator(name: string, objectOnly: boolean, bounds: JsonBounds): PropertyDecorator {
  const limits = `at most ${bounds.maxDepth} levels, ${bounds.maxKeys} keys and ${bounds.maxBytes} bytes as JSON`;
  // A function replaces what class-validator-jsonschema derives from the property's design type (a $ref to `Object`).
  const documented = JSONSchema(() => (objectOnly ? { type: 'object', maxProperties: bounds.maxKeys, description: `Free-form: ${limits}.` } : { description: `Free-form JSON: ${limits}.` }));
  return (target, propertyName) => {
    documented(target, propertyName as string);
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args) => `${args.property} ${objectOnly && !isObject(args.value) ? 'must be a JSON object' : (jsonBoundsViolation(args.value, bounds) ?? 'is out of bounds')}` },
      validator: { validate: (value: unknown) => (!objectOnly || isObject(value)) && jsonBoundsViolation(value, bounds) === undefined },
    });
  };
}

/**
 * A free-form JSON object bounded in depth, keys and size before it reaches Migo (which stores it with the payment), so
 * an app cannot park megabytes or thousands of levels in one field.
 */
export const IsBoundedObject = (bounds: JsonBounds = FREE_FORM_BOUNDS) => boundedDecorator('isBoundedObject', true, bounds);

/** Any free-form JSON value (string, number, object…), with the same bounds. */
export const IsBoundedJson = (bounds: JsonBounds = FREE_FORM_BOUNDS) => boundedDecorator('isBoundedJson', false, bounds);
