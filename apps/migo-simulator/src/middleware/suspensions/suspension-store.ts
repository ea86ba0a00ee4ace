import { Injectable } from '@nestjs/common';
import { prefixedId } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { SEED_SUSPENSIONS } from '../../state/demo-world.js';
import { mwErrors } from '../shared/mw-errors.js';
import { entryMatches, normalizedValue, PaymentAttempt, SuspensionEntry, SuspensionList, SuspensionType, valueFits } from './suspension.js';

const DAY_MS = 86_400_000;

export interface NewSuspension {
  client: string;
  list: SuspensionList;
  type: SuspensionType;
  value: string;
  reason: string;
}

export interface SuspensionPage {
  items: SuspensionEntry[];
  total: number;
  page: number;
  limit: number;
}

/** Block and allow entries per client, newest first. Each entry belongs to one client. */
@Injectable()
export class SuspensionStore implements Resettable {
  private entries = new Map<string, SuspensionEntry>();

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  /** A new entry, or the existing one with the same client, list, type and value (`created: false`; its reason kept). */
  create(input: NewSuspension): { entry: SuspensionEntry; created: boolean } {
    const value = normalizedValue(input.type, input.value);
    if (!valueFits(input.type, value)) throw mwErrors.invalid(`value is not a valid ${input.type}.`);
    const existing = [...this.entries.values()].find((e) => e.client === input.client && e.list === input.list && e.type === input.type && e.value === value);
    if (existing) return { entry: existing, created: false };
    const entry: SuspensionEntry = { id: prefixedId('sus'), client: input.client, list: input.list, type: input.type, value, reason: input.reason, createdAt: new Date().toISOString() };
    this.entries.set(entry.id, entry);
    return { entry, created: true };
  }

  list(client: string, list: SuspensionList | undefined, page: number, limit: number): SuspensionPage {
    const all = [...this.entries.values()]
      .filter((e) => e.client === client && (list === undefined || e.list === list))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    return { items: all.slice((page - 1) * limit, page * limit), total: all.length, page, limit };
  }

  /** Removes an entry of this client; another client's entry is "not found" (404 / 2007). */
  remove(client: string, id: string): SuspensionEntry {
    const entry = this.entries.get(id);
    if (!entry || entry.client !== client) throw mwErrors.suspensionNotFound();
    this.entries.delete(id);
    return entry;
  }

  /**
   * The block entry of `client` that refuses this attempt, if any. An allow entry matching any of the attempt's
   * identifiers vouches for the whole attempt: no block entry applies then.
   */
  blockFor(client: string, attempt: PaymentAttempt): SuspensionEntry | undefined {
    const matching = [...this.entries.values()].filter((e) => e.client === client && entryMatches(e, attempt));
    if (matching.some((e) => e.list === 'allow')) return undefined;
    return matching.find((e) => e.list === 'block');
  }

  reset(): void {
    this.entries = new Map();
    const createdAt = new Date(Date.now() - 30 * DAY_MS).toISOString();
    for (const seed of SEED_SUSPENSIONS) this.entries.set(seed.id, { ...seed, createdAt });
  }
}
