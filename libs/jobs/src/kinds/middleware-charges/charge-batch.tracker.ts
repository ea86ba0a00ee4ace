import { Injectable } from '@nestjs/common';
import type { ChargeRow } from './charges.kind.js';
import { MiddlewareClient } from '#middleware';
import type { PaymentHistoryEntry } from '#middleware';
import { UpstreamError } from '#migo-http';
import type { ChargeTarget } from './charges.kind.js';
import { isUnknownSubscription, matchEntries, MatchWindow, outcomeOf, rejectionOf, RejectionReason } from './charge-history.js';
import { ChargeMemory, chargeOutcomeOf, claimedEntries, memoryOf, openRows, openRowsBySubscription, progressOf, resultOf } from './charge-outcomes.js';
import type { StepContext, StepResult, Tracker } from '../tracker.js';

/** Subscriptions looked up at once within a step (a batch may name up to 5000). */
const LOOKUP_CONCURRENCY = 8;

type Lookup = { entries: PaymentHistoryEntry[] } | { rejected: RejectionReason } | { error: unknown };

interface Poll {
  memory: ChargeMemory;
  /** How many rows got an outcome in this poll. */
  found: number;
  /** How many subscriptions Migo answered for. */
  answered: number;
  /** The errors of those it did not answer for. */
  errors: unknown[];
}

async function forEachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Follows an on-demand charge batch or a CSV charge upload. Migo has no batch status: each step reads the payment
 * history of every subscription that still has rows without an outcome (once per subscription), matches entries to
 * rows by subscription, amount and time (charge-history.ts; `source` only breaks ties), and remembers what it found so
 * settled subscriptions are not read again. The job succeeds once every row has an outcome, with `outcome` saying
 * whether all, some or none were approved; at the deadline it fails, keeping the per-row result.
 */
@Injectable()
export class ChargeBatchTracker implements Tracker<ChargeTarget> {

  constructor(private readonly middleware: MiddlewareClient) {}

  async step(context: StepContext<ChargeTarget>): Promise<StepResult> {
    const poll = await this.poll(context);
    if (poll.answered === 0 && poll.errors.length > 0) throw poll.errors[0]; // Migo answered nothing: the runner's retry policy applies
    const { rows } = context.target;
    const progress = progressOf(rows, poll.memory);
    if (openRows(rows, poll.memory).length === 0) {
      const result = resultOf(context.target, poll.memory);
      await context.succeed(result, progress, chargeOutcomeOf(result));
      return { done: true };
    }
    await context.progress(progress); // written (and announced) only when it differs from the stored one
    const retryAfterMs = Math.max(0, ...poll.errors.map((error) => (error instanceof UpstreamError ? (error.retryAfterMs ?? 0) : 0)));
    return { done: false, changed: poll.found > 0, memory: poll.memory, ...(retryAfterMs > 0 ? { retryAfterMs } : {}) };
  }

  /** One last look, then the job ends with every row: `no-outcome` for those Migo never showed. */
  async onDeadline(context: StepContext<ChargeTarget>): Promise<void> {
    const { memory } = await this.poll(context);
    const result = resultOf(context.target, memory);
    const progress = progressOf(context.target.rows, memory);
    if (result.noOutcome === 0) return context.succeed(result, progress, chargeOutcomeOf(result));
    await context.fail('deadline-exceeded', `${result.noOutcome} of ${result.total} charges had no outcome in Migo's payment history by the tracking deadline`, result, progress);
  }

  private async poll(context: StepContext<ChargeTarget>): Promise<Poll> {
    const { target, signal } = context;
    const memory = memoryOf(context.data.memory);
    const checked = new Set(memory.checked);
    const window: MatchWindow = { submittedAt: Date.parse(target.submittedAt ?? context.job.createdAt), now: Date.now() };
    const claimed = claimedEntries(memory);
    const groups = openRowsBySubscription(target.rows, memory);
    const errors: unknown[] = [];
    let found = 0;
    let answered = 0;

    const settle = (rows: ChargeRow[], lookup: Lookup) => {
      if ('error' in lookup) return void errors.push(lookup.error);
      answered++;
      if ('rejected' in lookup) {
        for (const row of rows) memory.outcomes[String(row.row)] = { status: 'rejected', reason: lookup.rejected };
        found += rows.length;
        return;
      }
      const byRow = matchEntries(target, rows, lookup.entries, claimed, window);
      for (const row of rows) {
        const entry = byRow.get(row.row);
        const outcome = entry && outcomeOf(entry);
        if (!outcome) continue;
        memory.outcomes[String(row.row)] = outcome;
        found++;
      }
    };

    await forEachLimited([...groups.keys()], LOOKUP_CONCURRENCY, async (subscriptionId) => {
      if (signal.aborted) return;
      settle(groups.get(subscriptionId)!, await this.lookup(subscriptionId, target.client, checked, signal));
    });
    memory.checked = [...checked];
    return { memory, found, answered, errors };
  }

  /** The subscription's history; its client is confirmed once per job (a row of another client's never settles). */
  private async lookup(subscriptionId: string, client: string, checked: Set<string>, signal: AbortSignal): Promise<Lookup> {
    try {
      if (!checked.has(subscriptionId)) {
        const rejected = rejectionOf(await this.middleware.subscriptions.getSubscription(subscriptionId, { signal }), client);
        if (rejected) return { rejected };
        checked.add(subscriptionId);
      }
      return { entries: await this.middleware.charges.paymentHistory({ subscriptionId }, { signal }) };
    } catch (error) {
      return isUnknownSubscription(error) ? { rejected: 'subscription_not_found' } : { error };
    }
  }
}
