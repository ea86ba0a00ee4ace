// What a benchmark's process logged at warn level or above (its JSON lines): a run that "worked" while the BFF or the
// worker kept retrying Redis (CROSSSLOT, CLUSTERDOWN, timeouts) is not a result to record without saying so.
const PROBLEM_LEVELS = new Set(['warn', 'error', 'fatal']);

/** { count, top: [[message, times], …] } of the lines at warn or above, the most frequent messages first. */
export function loggedProblems(benchProcess, top = 3) {
  const byMessage = new Map();
  let count = 0;
  for (const line of benchProcess.log().split('\n')) {
    if (!line.startsWith('{')) continue;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (!PROBLEM_LEVELS.has(entry.level)) continue;
    count++;
    // Digits vary per occurrence (ids, ports, durations): messages that differ only there count as one.
    const message = String(entry.msg ?? entry.err?.message ?? '').replace(/\d+/g, 'N').slice(0, 160);
    byMessage.set(message, (byMessage.get(message) ?? 0) + 1);
  }
  return { count, top: [...byMessage].sort((a, b) => b[1] - a[1]).slice(0, top) };
}
