import { Module } from '@nestjs/common';
import { CmsClientModule } from '#cms';
import { MiddlewareClientModule } from '#middleware';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { AlternativePaymentTracker } from './alternative-payment.tracker.js';
import { ChargeBatchTracker } from './charge-batch.tracker.js';
import { CmsUploadTracker } from './cms-upload.tracker.js';
import { PaymentLinkTracker } from './payment-link.tracker.js';
import { StatementTracker } from './statement.tracker.js';
import { CmsTrackerProcessor, MiddlewareTrackerProcessor, WalletTrackerProcessor } from './tracker.processors.js';
import { TrackerRunner } from './tracker-runner.service.js';
import { TRACKERS } from './tracker.js';

const TRACKER_CLASSES = [CmsUploadTracker, StatementTracker, PaymentLinkTracker, AlternativePaymentTracker, ChargeBatchTracker];

@Module({
  imports: [CmsClientModule, WalletGatewayClientModule, MiddlewareClientModule],
  providers: [
    ...TRACKER_CLASSES,
    { provide: TRACKERS, useFactory: (...trackers: unknown[]) => trackers, inject: TRACKER_CLASSES },
    TrackerRunner,
    WalletTrackerProcessor,
    CmsTrackerProcessor,
    MiddlewareTrackerProcessor,
  ],
})
export class TrackersModule {}
