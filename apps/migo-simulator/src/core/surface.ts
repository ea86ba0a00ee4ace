export type Surface = 'wallet' | 'cms' | 'middleware' | 'migration' | 'control';

/** One path prefix per Migo surface on the simulator's single port. Order matters: /cms/rest before /rest. */
export const SURFACE_PREFIXES: ReadonlyArray<readonly [Surface, string]> = [
  ['cms', '/cms/rest'],
  ['wallet', '/rest'],
  ['middleware', '/mw'],
  ['migration', '/migration'],
  ['control', '/__sim'],
];

export function surfaceOf(url: string): Surface | undefined {
  const path = url.split('?')[0];
  for (const [surface, prefix] of SURFACE_PREFIXES) {
    if (path === prefix || path.startsWith(`${prefix}/`)) return surface;
  }
  return undefined;
}

/** The path without the surface prefix and query string: `/rest/cards/7/funds?x=1` → `/cards/7/funds`. */
export function pathWithinSurface(url: string): string {
  const path = url.split('?')[0];
  for (const [, prefix] of SURFACE_PREFIXES) {
    if (path === prefix) return '/';
    if (path.startsWith(`${prefix}/`)) return path.slice(prefix.length);
  }
  return path;
}
