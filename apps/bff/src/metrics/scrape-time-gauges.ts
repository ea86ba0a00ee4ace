import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { TRACKER_QUEUES } from '#jobs';
import { CALL_GROUPS, UpstreamHttp } from '#migo-http';
import { JobEventStreams } from '../jobs/job-event-streams.service.js';
import { BffMetrics } from './bff-metrics.js';

const BREAKER_STATES = ['closed', 'half-open', 'open'] as const;
/** BullMQ's own states: waiting = queue depth, delayed = trackers waiting for their next poll, active = steps running. */
const QUEUE_STATES = ['waiting', 'prioritized', 'waiting-children', 'active', 'delayed', 'completed', 'failed'] as const;

/** Series whose truth lives elsewhere (breakers, Redis, open connections): read when Prometheus scrapes. */
@Injectable()
export class ScrapeTimeGauges implements OnModuleInit {
  private readonly logger = new Logger(ScrapeTimeGauges.name);

  constructor(
    private readonly metrics: BffMetrics,
    private readonly upstream: UpstreamHttp,
    private readonly streams: JobEventStreams,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    this.metrics.scrapeTimeGauge('bff_upstream_breaker_state', 'Circuit breakers of each configured upstream, one for reads and one for writes: 1 for its current state', ['service', 'calls', 'state'], (gauge) => {
      for (const service of this.upstream.configuredUpstreams()) {
        for (const calls of CALL_GROUPS) {
          const current = this.upstream.breakerState(service, calls);
          for (const state of BREAKER_STATES) gauge.set({ service, calls, state }, state === current ? 1 : 0);
        }
      }
    });

    const queues = TRACKER_QUEUES.map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
    this.metrics.scrapeTimeGauge('bff_tracker_queue_jobs', 'Tracker jobs in each BullMQ queue, by BullMQ state (shared by every instance)', ['queue', 'state'], async (gauge) => {
      gauge.reset();
      await Promise.all(
        queues.map(async (queue) => {
          try {
            const counts = await queue.getJobCounts(...QUEUE_STATES);
            for (const state of QUEUE_STATES) gauge.set({ queue: queue.name.replace(/[{}]/g, ''), state }, counts[state] ?? 0);
          } catch (error) {
            // Redis is down: the series is absent from this scrape rather than wrong (readiness reports the outage).
            this.logger.warn(`Queue counts of ${queue.name} unavailable: ${error instanceof Error ? error.message : String(error)}`);
          }
        }),
      );
    });

    this.metrics.scrapeTimeGauge('bff_sse_connections', 'Server-Sent Events streams open on this instance', [], (gauge) => {
      gauge.set(this.streams.openStreams);
    });
  }
}
