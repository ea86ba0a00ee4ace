/**
 * How deeply `text` (JSON) nests objects and arrays, scanning the characters once without parsing: a body nested
 * thousands of levels deep is refused before JSON.parse or class-transformer (whose recursion overflows the stack, a
 * 500) see it. Brackets inside strings do not count. Stops as soon as `limit` is exceeded.
 */
export function jsonNestingExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

export interface JsonBounds {
  maxDepth: number;
  maxKeys: number;
  maxBytes: number;
}

/** What is wrong with a free-form JSON value, or undefined: nesting depth, keys in all, serialized size. */
export function jsonBoundsViolation(value: unknown, bounds: JsonBounds): string | undefined {
  let keys = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > bounds.maxDepth) return `nests deeper than ${bounds.maxDepth} levels`;
    const children = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node)) keys += children.length;
    if (keys > bounds.maxKeys) return `has more than ${bounds.maxKeys} keys`;
    for (const child of children) stack.push([child, depth + 1]);
  }
  const bytes = Buffer.byteLength(JSON.stringify(value) ?? '');
  return bytes > bounds.maxBytes ? `is larger than ${bounds.maxBytes} bytes as JSON` : undefined;
}
