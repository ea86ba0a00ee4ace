import { readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

export interface UsageSample {
  name: string;
  pid: number;
  rssMb: number;
  /** CPU used since the previous sample of this process, as a share of one core (1 = 100 %). */
  cpu: number;
}

function read(pid: number): { rssMb: number; cpuSeconds: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th of them.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { rssMb: rssKb / 1024, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND };
  } catch {
    return undefined; // the process is gone
  }
}

/** Samples resident memory and CPU of processes over time (Linux /proc), for long runs' reports. */
export class ProcessUsage {
  private readonly last = new Map<number, { at: number; cpuSeconds: number }>();
  readonly samples: Array<{ at: number; usage: UsageSample[] }> = [];

  sample(processes: ReadonlyArray<{ name: string; pid: number | undefined }>): UsageSample[] {
    const now = Date.now();
    const usage: UsageSample[] = [];
    for (const { name, pid } of processes) {
      if (pid === undefined) continue;
      const current = read(pid);
      if (!current) continue;
      const before = this.last.get(pid);
      this.last.set(pid, { at: now, cpuSeconds: current.cpuSeconds });
      const cpu = before && now > before.at ? (current.cpuSeconds - before.cpuSeconds) / ((now - before.at) / 1000) : 0;
      usage.push({ name, pid, rssMb: Math.round(current.rssMb), cpu: Math.round(cpu * 100) / 100 });
    }
    this.samples.push({ at: now, usage });
    return usage;
  }
}
