import { jsonBoundsViolation, jsonNestingExceeds } from './json-depth.js';

describe('jsonNestingExceeds', () => {
  it.each([
    ['{}', 1, false],
    ['{"a":{"b":[1]}}', 3, false],
    ['{"a":{"b":[1]}}', 2, true],
    ['"{{{{{{"', 1, false], // brackets inside a string do not nest
    ['{"a":"\\"{[{["}', 1, false], // nor after an escaped quote
    [`${'['.repeat(5000)}${']'.repeat(5000)}`, 32, true],
  ])('%s within %i levels: exceeds %s', (text, limit, exceeds) => {
    expect(jsonNestingExceeds(text, limit)).toBe(exceeds);
  });
});

describe('jsonBoundsViolation', () => {
  const bounds = { maxDepth: 3, maxKeys: 4, maxBytes: 64 };
  it.each([
    [{ a: 1, b: { c: 2 } }, undefined],
    [{ a: { b: { c: { d: 1 } } } }, 'nests deeper than 3 levels'],
    [{ a: 1, b: 2, c: 3, d: 4, e: 5 }, 'has more than 4 keys'],
    [{ a: 'x'.repeat(100) }, 'is larger than 64 bytes as JSON'],
    ['plain text', undefined],
  ])('%j → %s', (value, violation) => {
    expect(jsonBoundsViolation(value, bounds)).toBe(violation);
  });
});
