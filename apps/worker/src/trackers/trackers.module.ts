import { Module } from '@nestjs/common';
import { CmsClientModule } from '#cms';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { CmsUploadTracker } from './cms-upload.tracker.js';
import { StatementTracker } from './statement.tracker.js';
import { CmsTrackerProcessor, MiddlewareTrackerProcessor, WalletTrackerProcessor } from './tracker.processors.js';
import { TrackerRunner } from './tracker-runner.service.js';
import { TRACKERS } from './tracker.js';

@Module({
  imports: [CmsClientModule, WalletGatewayClientModule],
  providers: [
    CmsUploadTracker,
    StatementTracker,
    { provide: TRACKERS, useFactory: (...trackers: unknown[]) => trackers, inject: [CmsUploadTracker, StatementTracker] },
    TrackerRunner,
    WalletTrackerProcessor,
    CmsTrackerProcessor,
    MiddlewareTrackerProcessor,
  ],
})
export class TrackersModule {}
