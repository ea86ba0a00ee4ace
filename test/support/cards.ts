import { luhnValid } from '#common';

/** A valid 16-digit PAN ending in `last4` (the simulator finds a partner's card by its last 4 digits). */
export function panEnding(last4: string): string {
  for (let digit = 0; digit <= 9; digit++) {
    const pan = `45391488037${digit}${last4}`;
    if (luhnValid(pan)) return pan;
  }
  throw new Error('unreachable');
}
