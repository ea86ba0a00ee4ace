// One closed-loop measurement with autocannon: a warm-up, then the measured run; only the measured run is reported.
import autocannon from 'autocannon';

/**
 * @param {object} o
 * @param {string} o.url full URL of the first request
 * @param {Record<string,string>} [o.headers]
 * @param {number} o.connections
 * @param {number} o.seconds measured duration
 * @param {number} o.warmupSeconds
 * @param {(client: any, index: number) => void} [o.setupClient] per-connection setup (its own API key, listeners)
 * @param {string} [o.method] GET unless set
 * @param {string} [o.body]
 * Every connection sends its next request as soon as the previous one is answered (closed loop).
 */
export async function measure({ url, headers = {}, connections, seconds, warmupSeconds, setupClient, method = 'GET', body }) {
  const setupFor = () => {
    let index = 0;
    return (client) => setupClient?.(client, index++ % connections);
  };
  if (warmupSeconds > 0) await autocannon({ url, headers, method, body, connections, duration: warmupSeconds, setupClient: setupFor() });
  return summarize(await autocannon({ url, headers, method, body, connections, duration: seconds, setupClient: setupFor() }));
}

/** Requests/s and latency percentiles (ms), with every non-2xx and error counted: a fast error is not a result. */
export function summarize(result) {
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]));
  return {
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    mean: result.latency.mean,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
  };
}
