// What the numbers were measured on: they mean little without the core count and how busy the machine was.
import os from 'node:os';

export function machine() {
  const cpus = os.cpus();
  return { cores: cpus.length, cpuModel: cpus[0]?.model?.trim() ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, os: `${os.type()} ${os.release()}` };
}

/** 1, 5 and 15 minute load averages, rounded. Above the core count, other work was competing for the CPU. */
export function loadAverage() {
  return os.loadavg().map((value) => Math.round(value * 100) / 100);
}
