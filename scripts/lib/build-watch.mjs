// `tsc -p tsconfig.build.json --watch` as a child process: one compiler for the three apps and the libs they share
// (three `nest start --watch` would type-check the libs three times and write the same dist/libs files at once).
// --listEmittedFiles prints each file a compilation wrote, on the same stream and before its "Found N errors" line,
// so every compilation is reported whole: which outputs changed, and whether the sources compiled.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * @param {string} root
 * @param {{ onCompiled: (result: { errors: number, emitted: string[] }) => void, onLine: (line: string) => void }} handlers
 */
export function watchBuild(root, { onCompiled, onLine }) {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput', '--listEmittedFiles'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let emitted = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      const file = /^TSFILE: (.+)$/.exec(line)?.[1];
      if (file) {
        emitted.push(file);
        return;
      }
      if (line.trim()) onLine(line);
      const errors = /Found (\d+) errors?\b/.exec(line)?.[1];
      if (errors !== undefined) {
        onCompiled({ errors: Number(errors), emitted });
        emitted = [];
      }
    });
  }
  return child;
}
