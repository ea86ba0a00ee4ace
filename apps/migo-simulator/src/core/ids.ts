import { randomBytes, randomInt } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const NANO = 'useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict';

/** ULID-style id with a prefix, e.g. `bat_01HDDD…` (time-ordered, 26 chars after the prefix). */
export function prefixedId(prefix: string, now = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const random = Array.from(randomBytes(16), (b) => CROCKFORD[b % 32]).join('');
  return `${prefix}_${time}${random}`;
}

/** 21-character nanoid-style id, as Migo's CSV trackingId (`V1StGXR8_Z5jdHi6B-myT`). */
export function nanoId(size = 21): string {
  return Array.from(randomBytes(size), (b) => NANO[b & 63]).join('');
}

/** Short uppercase code, as Migo's invitation codes (`25DC4D1`). */
export function shortCode(size = 7): string {
  return Array.from({ length: size }, () => CROCKFORD[randomInt(0, 32)]).join('');
}

export function sixDigitCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Monotonic numeric ids per kind, restartable on reset. */
export class Sequence {
  private next: number;
  constructor(private readonly start: number) {
    this.next = start;
  }
  take(): number {
    return this.next++;
  }
  /** Continue after the highest id already in use (after seeding). */
  advancePast(id: number): void {
    if (id >= this.next) this.next = id + 1;
  }
  reset(): void {
    this.next = this.start;
  }
}
