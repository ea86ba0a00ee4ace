// The simulator's control plane (/__sim): counters, faults, settings. The BFF never calls it; benchmarks do.
import { walletLoginBody } from './stack.mjs';

async function json(method, url, body) {
  const response = await fetch(url, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

export class SimulatorControl {
  constructor(url) {
    this.url = url;
  }

  stats() {
    return json('GET', `${this.url}/__sim/stats`);
  }

  addFault(spec) {
    return json('POST', `${this.url}/__sim/faults`, spec);
  }

  clearFaults() {
    return json('DELETE', `${this.url}/__sim/faults`);
  }

  patchConfig(patch) {
    return json('PATCH', `${this.url}/__sim/config`, patch);
  }

  /** Logs in to the Wallet as the BFF would (counts as one Wallet login) and returns the access token. */
  async walletAccessToken(secrets) {
    const answer = await json('POST', `${this.url}/rest/auth/login`, walletLoginBody(secrets));
    return answer.data.accessToken;
  }
}

/** Upstream requests per route template between two stats snapshots (only routes that moved). */
export function requestDelta(before, after) {
  const out = {};
  for (const [route, count] of Object.entries(after.requests)) {
    const delta = count - (before.requests[route] ?? 0);
    if (delta > 0) out[route] = delta;
  }
  return out;
}
