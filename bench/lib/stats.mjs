// Small statistics helpers for figures computed here rather than by autocannon.

/** Nearest-rank percentile of unsorted numbers (p in 0–100); undefined for no values. */
export function percentile(values, p) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values) {
  return percentile(values, 50);
}

export function round(value, digits = 1) {
  if (value === undefined || value === null || Number.isNaN(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
