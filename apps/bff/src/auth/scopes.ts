/** What an app may do. `*` grants everything; `<surface>:*` every scope of a surface. */
export const SCOPES = [
  'wallet:read',
  'wallet:write',
  'wallet:money',
  'middleware:read',
  'middleware:write',
  'cms:read',
  'cms:write',
  'migration:read',
  'jobs:read',
  'admin',
] as const;

export type Scope = (typeof SCOPES)[number];

export function grants(granted: ReadonlySet<string>, wanted: Scope): boolean {
  if (granted.has('*') || granted.has(wanted)) return true;
  const [surface] = wanted.split(':');
  return granted.has(`${surface}:*`);
}
