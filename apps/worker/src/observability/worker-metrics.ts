import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { EventLoopDelayMetric, LATENCY_BUCKETS_SECONDS, MigoClientMetrics } from '#common';

/**
 * How a tracker step ended: `rearmed` (polled, not finished: next poll scheduled), `retrying` (the poll failed in a
 * way worth retrying), `finished` (the tracker ended the job), `refused` (Migo answered a 4xx that will not change:
 * the job failed), `deadline` (followed past its deadline: failed), `skipped` (the job was already finished, cancelled
 * or gone).
 */
export type StepOutcome = 'rearmed' | 'retrying' | 'finished' | 'refused' | 'deadline' | 'skipped';

export type ReconcileOutcome = 'found' | 'released' | 'pending' | 'lookup-failed' | 'unreconcilable';

/** The worker's Prometheus series, in a registry of its own. Labels are job types and fixed vocabularies only. */
@Injectable()
export class WorkerMetrics implements OnModuleDestroy {
  readonly registry = new Registry();
  readonly migo = new MigoClientMetrics(this.registry, 'worker');

  private readonly steps = new Counter({
    name: 'worker_tracker_steps_total',
    help: 'Tracker steps (about one upstream poll each), by job type and how the step ended',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly stepDuration = new Histogram({
    name: 'worker_tracker_step_duration_seconds',
    help: 'Time a tracker step held a worker slot, by job type',
    labelNames: ['type'] as const,
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [this.registry],
  });

  /** worker_event_loop_delay_seconds: a stalled worker loop delays every tracker step and lock renewal. */
  private readonly eventLoopDelay = new EventLoopDelayMetric(this.registry, 'worker').start();

  private readonly reconciliations = new Counter({
    name: 'worker_keyed_write_reconciliations_total',
    help: 'Unknown-outcome Idempotency-Keys looked up at Migo, by write kind and what was found: found (replays Migo’s outcome), released (Migo never acted), pending (not at Migo yet, looked up again later), lookup-failed, unreconcilable (no way to look it up: blocked for its retention)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly lapsedLeases = new Counter({
    name: 'worker_keyed_write_lapsed_leases_total',
    help: 'Idempotency-Keys whose BFF instance stopped renewing its lease mid-request (gone): they became unknown-outcome',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  onModuleDestroy(): void {
    this.eventLoopDelay.stop();
  }

  countReconciliation(kind: string, outcome: ReconcileOutcome): void {
    this.reconciliations.inc({ kind, outcome });
  }

  countLapsedLeases(count: number): void {
    if (count > 0) this.lapsedLeases.inc(count);
  }

  observeStep(type: string, outcome: StepOutcome, seconds: number): void {
    this.steps.inc({ type, outcome });
    this.stepDuration.observe({ type }, seconds);
  }
}
