// `npm run soak -- --minutes=10`: the soak (test/soak) for as long as asked — a mixed workload over 2 BFF and 2 worker
// processes with random faults — then its invariants; exits non-zero on any violation. `npm test` runs it for 60 s.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { requireSupportedNode } from './lib/runtime.mjs';

requireSupportedNode({ quiet: true });
const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' } } });
const minutes = Number(values.minutes);
if (!(minutes > 0 && minutes <= 24 * 60)) {
  process.stderr.write('--minutes must be a number of minutes between 0 and 1440\n');
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = spawnSync(process.execPath, [join(root, 'scripts/test.mjs'), 'test/soak'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SOAK_SECONDS: String(Math.round(minutes * 60)) },
});
process.exit(run.status ?? 1);
