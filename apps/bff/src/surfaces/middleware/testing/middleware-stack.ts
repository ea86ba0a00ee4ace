/**
 * What the BFF Middleware specs share (test-only; excluded from the build): the simulator, an isolated Redis prefix
 * and an in-process BFF, with helpers to read the simulator's per-route counters and settle transactions.
 */
import { RunningBff, RunningSimulator, startBff, startSimulator, testRedis, TestRedis } from '#test-support';

export interface MiddlewareStack {
  sim: RunningSimulator;
  redis: TestRedis;
  bff: RunningBff;
  /** Requests the simulator received on a route template, e.g. `POST /mw/transactions`. */
  upstreamCalls(route: string): Promise<number>;
  /** Ends a payment link or alternative payment now through the simulator's control plane. */
  settle(uid: string, status?: 'approved' | 'denied' | 'expired'): Promise<void>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startMiddlewareStack(label: string, bffEnv: Record<string, string> = {}): Promise<MiddlewareStack> {
  // Transactions settle only when a test says so.
  const sim = await startSimulator({ SIM_PAYMENT_LINK_SETTLE_MS: '600000', SIM_APM_SETTLE_MS: '600000' });
  const redis = testRedis(label);
  const bff = await startBff(sim, redis, { MIGO_RETRY_BASE_DELAY_MS: '1', ...bffEnv });
  return {
    sim,
    redis,
    bff,
    upstreamCalls: async (route) => (await sim.call('GET', '/__sim/stats')).body.requests[route] ?? 0,
    async settle(uid, status = 'approved') {
      const answer = await sim.call('POST', `/__sim/middleware/transactions/${uid}/outcome`, { body: { status } });
      if (answer.status !== 200) throw new Error(`could not settle ${uid}: ${answer.status}`);
    },
    async reset() {
      await sim.call('DELETE', '/__sim/faults');
      await sim.call('POST', '/__sim/reset');
    },
    async close() {
      await bff.close();
      await sim.close();
      await redis.cleanup();
    },
  };
}

export const linkBody = (overrides: Record<string, unknown> = {}) => ({ amount: 100, userId: 'buyer@example.gt', channel: 'web', client: 'acme', ...overrides });
export const apmBody = (overrides: Record<string, unknown> = {}) => ({ amount: 20, channel: 'web', client: 'acme', userId: 'buyer@example.gt', ...overrides });

/** A multipart form holding a charges CSV (and `clientId` unless null). */
export function csvForm(text: string, clientId: string | null = 'acme', filename = 'charges.csv'): FormData {
  const form = new FormData();
  if (clientId !== null) form.append('clientId', clientId);
  form.append('file', new Blob([text], { type: 'text/csv' }), filename);
  return form;
}
