// Reads the BFF's /metrics around a load run: what its event loop and garbage collector did meanwhile, from the
// deltas of bff_event_loop_delay_seconds and nodejs_gc_duration_seconds (issue 18: what makes the latency tail).

/** Prometheus text → Map of `name{labels}` → value. */
export function parseMetrics(text) {
  const series = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    series.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return series;
}

export async function scrapeMetrics(baseUrl, headers) {
  const response = await fetch(`${baseUrl}/metrics`, { headers });
  if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
  return parseMetrics(await response.text());
}

/** Bucket counts of a histogram without labels between two scrapes, as [upper bound in ms, count] pairs, cumulative. */
function bucketDelta(before, after, name) {
  const out = [];
  for (const [key, value] of after) {
    const match = key.match(new RegExp(`^${name}_bucket\\{le="([^"]+)"\\}$`));
    if (match) out.push([match[1] === '+Inf' ? Infinity : Number(match[1]) * 1000, value - (before.get(key) ?? 0)]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The smallest bucket bound under which `p` % of the samples fall (an upper bound of the percentile). */
function bucketPercentile(buckets, p) {
  const total = buckets.at(-1)?.[1] ?? 0;
  if (total === 0) return undefined;
  return buckets.find(([, count]) => count >= (p / 100) * total)?.[0];
}

/** What the event loop and the GC did between two scrapes of the BFF's metrics. */
export function loopReport(before, after) {
  const delay = bucketDelta(before, after, 'bff_event_loop_delay_seconds');
  const samples = delay.at(-1)?.[1] ?? 0;
  const over = (ms) => samples - (delay.find(([le]) => le >= ms)?.[1] ?? samples);
  let gcCount = 0;
  let gcSeconds = 0;
  for (const [key, value] of after) {
    if (key.startsWith('nodejs_gc_duration_seconds_count')) gcCount += value - (before.get(key) ?? 0);
    if (key.startsWith('nodejs_gc_duration_seconds_sum')) gcSeconds += value - (before.get(key) ?? 0);
  }
  return { samples, p99DelayMs: bucketPercentile(delay, 99), over5ms: over(5), over20ms: over(20), gcCount, gcMs: Math.round(gcSeconds * 10000) / 10 };
}
