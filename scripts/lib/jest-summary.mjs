// One line from Jest's --json results: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

export function summarizeJest(resultsFile) {
  if (!existsSync(resultsFile)) return '0 passed, 0 failed (no Jest results were written)';
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const failedSuites = results.numRuntimeErrorTestSuites ?? 0;
  const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed`;
  return failedSuites > 0 ? `${line} (${failedSuites} suite(s) could not run)` : line;
}
