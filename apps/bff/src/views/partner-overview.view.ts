import { Inject, Injectable } from '@nestjs/common';
import { CmsClient } from '#cms';
import { JOB_STORE, JobStore, toJobDto } from '#jobs';
import { gather } from './view-sources.js';

const RECENT_JOBS = 10;

/** A partner at a glance: balance (primary), pending balance requests, cardholder count, and this app's jobs for it. */
@Injectable()
export class PartnerOverviewView {
  constructor(
    private readonly cms: CmsClient,
    @Inject(JOB_STORE) private readonly jobs: JobStore,
  ) {}

  async build(app: string, partnerId: string, budgetMs: number) {
    const { reports, values, partial } = await gather(
      [
        { name: 'balance', primary: true, run: (signal) => this.cms.balance(partnerId, { signal }) },
        { name: 'processRequests', run: async (signal) => (await this.cms.allProcessRequests(partnerId, { signal })).filter((r) => r.status === 'pending') },
        { name: 'cardholders', run: async (signal) => (await this.cms.listCardholders(partnerId, { limit: 1 }, { signal })).total },
        {
          name: 'jobs',
          run: async () => {
            const [running, queued, recent] = await Promise.all([
              this.jobs.list(app, { partnerId, state: 'running', limit: 50 }),
              this.jobs.list(app, { partnerId, state: 'queued', limit: 50 }),
              this.jobs.list(app, { partnerId, limit: RECENT_JOBS }),
            ]);
            return { active: [...running.items, ...queued.items].map((job) => toJobDto(job)), recent: recent.items.map((job) => toJobDto(job)) };
          },
        },
      ],
      budgetMs,
    );
    return {
      partnerId,
      balance: values.balance ?? null,
      pendingProcessRequests: values.processRequests ?? null,
      cardholderCount: values.cardholders ?? null,
      jobs: values.jobs ?? null,
      partial,
      sources: reports,
    };
  }
}
