import { Global, Module } from '@nestjs/common';
import { SupportController } from './support.controller.js';
import { SupportExchangeStore } from './support-exchange-store.js';

/**
 * `GET /v1/support/requests/:requestId`. Global so that MigoHttpModule (through SUPPORT_EXCHANGE_RECORDER) finds the
 * store without depending on this module.
 */
@Global()
@Module({
  controllers: [SupportController],
  providers: [SupportExchangeStore],
  exports: [SupportExchangeStore],
})
export class SupportModule {}
