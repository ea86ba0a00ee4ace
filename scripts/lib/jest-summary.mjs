// One line from Jest's --json results: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

/** Over one or more result files (one per Jest run of `npm test`). */
export function summarizeJest(...resultsFiles) {
  const written = resultsFiles.filter((file) => existsSync(file));
  if (written.length === 0) return '0 passed, 0 failed (no Jest results were written)';
  const all = written.map((file) => JSON.parse(readFileSync(file, 'utf8')));
  const sum = (key) => all.reduce((total, results) => total + (results[key] ?? 0), 0);
  const failedSuites = sum('numRuntimeErrorTestSuites');
  const line = `${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed`;
  const missing = resultsFiles.length - written.length;
  return [line, failedSuites > 0 ? `(${failedSuites} suite(s) could not run)` : '', missing > 0 ? `(${missing} Jest run(s) wrote no results)` : ''].filter(Boolean).join(' ');
}
