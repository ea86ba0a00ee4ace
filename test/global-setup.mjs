// The e2e suites run the built apps as real processes: make sure the build is current (incremental, fast when it is).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function globalSetup() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  // The apps, and the TypeScript client the CLI imports from clients/typescript/dist.
  for (const project of ['tsconfig.build.json', 'clients/typescript/tsconfig.json']) {
    const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`The build of ${project} failed; the e2e suites need it`);
  }
}
