// The runtime the project's commands use: the Node.js that package.json pins (node_modules/.bin/node, which npm
// scripts put first on PATH), never whatever the machine has installed. Scripts call this first.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function minimumNode() {
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
  return /^>=\s*(\d+\.\d+\.\d+)$/.exec(range)[1];
}

function atLeast(version, minimum) {
  const [have, need] = [version, minimum].map((text) => text.replace(/^v/, '').split('.').map(Number));
  for (let i = 0; i < need.length; i++) if (have[i] !== need[i]) return have[i] > need[i];
  return true;
}

/** Exits with a clear message on an older runtime; otherwise returns (and, unless quiet, prints) what runs. */
export function requireSupportedNode({ quiet = false } = {}) {
  const minimum = minimumNode();
  if (!atLeast(process.version, minimum)) {
    process.stderr.write(
      `This project needs Node.js ${minimum} or newer, and ${process.execPath} is ${process.version}.\n` +
        'Run it through npm (npm ci && npm start / npm test): npm ci installs the pinned runtime into node_modules/.bin.\n',
    );
    process.exit(1);
  }
  if (!quiet) process.stdout.write(`runtime: Node.js ${process.version} (${process.execPath})\n`);
  return { version: process.version, execPath: process.execPath };
}
