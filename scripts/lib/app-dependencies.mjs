// Which apps load which libs (directly or through another lib), read from the sources' `#alias` imports: `npm run dev`
// restarts only the apps that a rebuilt lib belongs to.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

const ALIAS_IMPORT = /(?:from|import)\s*\(?\s*['"](#[a-z-]+)['"]/g;

/** `#common` → `common`, from package.json "imports" (aliases that do not point into dist/libs are left out). */
function libOfAlias(root) {
  const { imports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.fromEntries(
    Object.entries(imports).flatMap(([alias, target]) => {
      const lib = /^\.\/dist\/libs\/([^/]+)\//.exec(target.default ?? '')?.[1];
      return lib ? [[alias, lib]] : [];
    }),
  );
}

/** The libs that the shipped sources under `dir` import (specs and testing/ helpers are not built, so not counted). */
function libsImportedUnder(dir, libOf) {
  const libs = new Set();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts') || path.includes(`${sep}testing${sep}`)) continue;
    for (const [, alias] of readFileSync(path, 'utf8').matchAll(ALIAS_IMPORT)) if (libOf[alias]) libs.add(libOf[alias]);
  }
  return libs;
}

/** Lib folder name → the set of app folder names (under apps/) that load it. */
export function libUsers(root, appDirs) {
  const libOf = libOfAlias(root);
  const libDeps = new Map([...new Set(Object.values(libOf))].map((lib) => [lib, libsImportedUnder(join(root, 'libs', lib, 'src'), libOf)]));
  const users = new Map();
  for (const app of appDirs) {
    const pending = [...libsImportedUnder(join(root, 'apps', app, 'src'), libOf)];
    const loaded = new Set();
    while (pending.length > 0) {
      const lib = pending.pop();
      if (loaded.has(lib)) continue;
      loaded.add(lib);
      pending.push(...(libDeps.get(lib) ?? []));
    }
    for (const lib of loaded) users.set(lib, (users.get(lib) ?? new Set()).add(app));
  }
  return users;
}
