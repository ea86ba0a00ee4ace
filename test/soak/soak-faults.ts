import type { FaultStack, StackProcess } from '#test-support';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

/** A running BFF or worker the soak may kill and start again (a BFF on the same port, so its clients find it). */
export interface Replaceable {
  name: string;
  current: StackProcess;
  restart(): Promise<StackProcess>;
}

/** One fault of the matrix, applied and then recovered from. */
interface Fault {
  name: string;
  run(): Promise<void>;
}

/**
 * The faults of issue 14's matrix, one at a time at random, each followed by its recovery: Redis stopped, frozen or
 * crashed, a BFF or worker killed (kill -9) and started again, Migo revoking every session, failing (503) or slow, the
 * CMS progress stream cut. `applied` lists what ran, for the report.
 */
export class SoakFaults {
  readonly applied: string[] = [];
  private stopped = false;
  private readonly faults: Fault[];

  constructor(
    stack: FaultStack,
    bffs: Replaceable[],
    workers: Replaceable[],
  ) {
    const kill = (target: Replaceable) => async () => {
      await target.current.crash();
      await sleep(between(200, 1500));
      target.current = await target.restart();
    };
    const simFault = (spec: Record<string, unknown>, forMs: number) => async () => {
      await stack.simCall('POST', '/__sim/faults', spec);
      await sleep(forMs);
      await stack.simCall('DELETE', '/__sim/faults');
    };
    this.faults = [
      { name: 'redis stopped', run: async () => (await stack.redis.stop(), await sleep(between(2000, 6000)), await stack.redis.restart()) },
      { name: 'redis frozen', run: async () => (stack.redis.freeze(), await sleep(between(2000, 6000)), stack.redis.thaw()) },
      { name: 'redis crashed', run: async () => (await stack.redis.crash(), await sleep(between(500, 2000)), await stack.redis.restart()) },
      ...bffs.map((bff) => ({ name: `${bff.name} killed`, run: kill(bff) })),
      ...workers.map((worker) => ({ name: `${worker.name} killed`, run: kill(worker) })),
      { name: 'Migo revoked every session', run: async () => void (await stack.simCall('POST', '/__sim/sessions/revoke')) },
      { name: 'Migo 503', run: simFault({ surface: '*', status: 503, retryAfterSeconds: 1, probability: 0.5 }, between(1000, 3000)) },
      { name: 'Migo slow', run: simFault({ surface: '*', latencyMs: 1500 }, between(2000, 4000)) },
      { name: 'CMS progress stream cut', run: simFault({ surface: 'cms', method: 'GET', path: '/**', sseCutAfterFrames: 2 }, between(2000, 4000)) },
    ];
  }

  /** Applies a random fault every `everyMs` until stopped. */
  async run(everyMs: number): Promise<void> {
    while (!this.stopped) {
      await sleep(everyMs);
      if (this.stopped) break;
      const fault = this.faults[Math.floor(Math.random() * this.faults.length)];
      this.applied.push(fault.name);
      await fault.run();
    }
  }

  stop(): void {
    this.stopped = true;
  }
}
