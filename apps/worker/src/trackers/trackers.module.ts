import { Module } from '@nestjs/common';
import { CmsClientModule } from '#cms';
import { JOB_KINDS } from '#jobs';
import { MiddlewareClientModule } from '#middleware';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { CmsTrackerProcessor, MiddlewareTrackerProcessor, WalletTrackerProcessor } from './tracker.processors.js';
import { TrackerRunner } from './tracker-runner.service.js';
import { WatchRunner } from '../watches/watch-runner.service.js';
import { TRACKERS_BY_KIND, trackersByKind } from './trackers-by-kind.js';

/** Every kind's tracker, as its descriptor names it (one provider per tracker class, shared by the kinds it follows). */
const TRACKER_CLASSES = [...new Set(JOB_KINDS.map((kind) => kind.tracker).filter(Boolean))];

@Module({
  imports: [CmsClientModule, WalletGatewayClientModule, MiddlewareClientModule],
  providers: [
    ...TRACKER_CLASSES,
    { provide: TRACKERS_BY_KIND, useFactory: (...trackers: object[]) => trackersByKind(JOB_KINDS, TRACKER_CLASSES, trackers), inject: TRACKER_CLASSES },
    TrackerRunner,
    WatchRunner,
    WalletTrackerProcessor,
    CmsTrackerProcessor,
    MiddlewareTrackerProcessor,
  ],
})
export class TrackersModule {}
