// A true open-loop load: requests start on a fixed schedule whatever the answers do, over a pool of keep-alive
// connections, and each latency counts from the moment its request was due (so a stall is not hidden by requests
// that were never sent). autocannon's own rate option is no substitute: each of its connections sends its quota for
// the second back to back and then waits, which is a saturating burst at the top of every second.
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import { percentile } from './stats.mjs';

export async function openLoop({ url, headers = {}, rate, seconds, connections }) {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections, pipelining: 1 });
  const latencies = [];
  let failures = 0;
  const pending = [];
  const intervalMs = 1000 / rate;
  const total = Math.round(rate * seconds);
  const start = performance.now();
  try {
    for (let i = 0; i < total; i++) {
      const due = start + i * intervalMs;
      const wait = due - performance.now();
      if (wait >= 1) await sleep(wait);
      // Timers have 1 ms steps: a request sent a little early counts from when it was sent.
      const from = Math.max(due, performance.now());
      pending.push(
        pool.request({ method: 'GET', path: `${target.pathname}${target.search}`, headers }).then(
          async (response) => {
            await response.body.dump();
            if (response.statusCode === 200) latencies.push(performance.now() - from);
            else failures++;
          },
          () => failures++,
        ),
      );
    }
    await Promise.all(pending);
  } finally {
    await pool.close();
  }
  const elapsed = (performance.now() - start) / 1000;
  return { requests: latencies.length, rps: latencies.length / elapsed, p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99), max: percentile(latencies, 100), non2xx: failures, errors: 0 };
}
