/**
 * The oldest Node.js the built code runs on; package.json's `engines` says the same (a spec compares them). The
 * project installs this runtime itself (the `node-<platform>` packages in optionalDependencies), so `npm start` and
 * `npm test` use it even where the machine's own Node is older.
 */
export const MINIMUM_NODE_VERSION = '26.10.0';

function parts(version: string): number[] {
  return version.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);
}

export function isSupportedNode(version: string): boolean {
  const [have, need] = [parts(version), parts(MINIMUM_NODE_VERSION)];
  for (let i = 0; i < need.length; i++) {
    if ((have[i] ?? 0) !== need[i]) return (have[i] ?? 0) > need[i];
  }
  return true;
}

export function unsupportedNodeMessage(version: string, execPath: string): string {
  return (
    `This build needs Node.js ${MINIMUM_NODE_VERSION} or newer; ${execPath} is ${version}. ` +
    'Run it through npm (npm start, npm run start:bff, …), which puts the pinned runtime from node_modules/.bin first on PATH, ' +
    'or start it with node_modules/.bin/node.'
  );
}
