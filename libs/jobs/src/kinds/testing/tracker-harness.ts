/**
 * Drives tracker steps by hand for the tracker specs (test-only; excluded from the build): a real simulator, a real
 * MiddlewareClient (UpstreamHttp + MigoAuth) and a real JobStore on Redis, without BullMQ in between.
 */
import { jobIdFor } from '../../job-id.js';
import type { JobRecord } from '../../job-record.js';
import { JobStore } from '../../job-store.js';
import { TrackerJobData, TrackerTarget, upstreamOf } from '../../job-types.js';
import { CmsClient } from '#cms';
import { MiddlewareClient } from '#middleware';
import { WalletGatewayClient } from '#wallet-gateway';
import { RunningSimulator, startSimulator, testRedis, TestRedis, upstreamStack } from '#test-support';
import { createStepContext } from '../step-context.js';
import type { StepResult, Tracker } from '../tracker.js';

export interface TrackerHarness {
  sim: RunningSimulator;
  redis: TestRedis;
  store: JobStore;
  middleware: MiddlewareClient;
  wallet: WalletGatewayClient;
  cms: CmsClient;
  /** Creates the job a BFF would have created, and the tracker data that BullMQ would carry. */
  startJob(target: TrackerTarget, upstreamId: string, deadlineAt?: number): Promise<TrackerJobData>;
  /** One step, as the runner would run it; the returned data carries the step's memory to the next one. */
  step(tracker: Tracker<any>, data: TrackerJobData, signal?: AbortSignal): Promise<{ outcome: StepResult; data: TrackerJobData; record: JobRecord }>;
  /** What the runner does once the deadline passed. */
  deadline(tracker: Tracker<any>, data: TrackerJobData): Promise<JobRecord>;
  /** Upstream requests per "METHOD route template" since the previous call (the simulator's own counters). */
  requestsSince(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export async function trackerHarness(label: string): Promise<TrackerHarness> {
  const sim = await startSimulator();
  const redis = testRedis(label);
  const connection = redis.connect();
  const store = new JobStore(connection, redis.keys);
  const { upstream, auth } = upstreamStack(sim, connection, redis.keys);
  const middleware = new MiddlewareClient(upstream, auth);
  const wallet = new WalletGatewayClient(upstream, auth);
  const cms = new CmsClient(upstream, auth);
  let seen: Record<string, number> = {};
  const app = `tracker-spec-${label}`;

  // As BullMQ would, the harness knows each tracker's job id apart from its data (the target stays the same object).
  const jobIds = new WeakMap<TrackerTarget, string>();
  const recordOf = async (data: TrackerJobData) => (await store.get(data.app, jobIds.get(data.target)!))!;

  return {
    sim,
    redis,
    store,
    middleware,
    wallet,
    cms,
    async startJob(target, upstreamId, deadlineAt = Date.now() + 60_000) {
      const jobId = jobIdFor(app, target.type, upstreamId);
      await store.create({ id: jobId, app, type: target.type, upstream: { service: upstreamOf(target.type), id: upstreamId } });
      jobIds.set(target, jobId);
      return { app, target, deadlineAt, steps: 0, nextDelayMs: 0 };
    },
    async step(tracker, data, signal = new AbortController().signal) {
      const outcome = await tracker.step(createStepContext(store, await recordOf(data), data, signal, 5000));
      const next = { ...data, steps: data.steps + 1, ...(!outcome.done && outcome.memory !== undefined ? { memory: outcome.memory } : {}) };
      return { outcome, data: next, record: await recordOf(data) };
    },
    async deadline(tracker, data) {
      await tracker.onDeadline!(createStepContext(store, await recordOf(data), data, new AbortController().signal, 5000));
      return recordOf(data);
    },
    async requestsSince() {
      const { requests } = (await sim.call<{ requests: Record<string, number> }>('GET', '/__sim/stats')).body;
      const delta = Object.fromEntries(Object.entries(requests).map(([key, count]) => [key, count - (seen[key] ?? 0)]).filter(([, count]) => count !== 0));
      seen = requests;
      return delta;
    },
    async close() {
      await sim.close();
      await redis.cleanup();
    },
  };
}
