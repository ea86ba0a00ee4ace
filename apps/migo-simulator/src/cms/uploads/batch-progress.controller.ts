import { Controller, Get, Param, Req, Res, UseGuards } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ok } from '../../core/envelopes.js';
import { FaultRegistry } from '../../core/faults.js';
import { SseWriter } from '../../core/sse.js';
import { pathWithinSurface } from '../../core/surface.js';
import type { SeedPartner } from '../../state/demo-world.js';
import { type CmsRequest, CurrentPartner } from '../auth/cms-request.js';
import { CmsSessionGuard } from '../auth/cms-session.guard.js';
import { streamBatchProgress } from './batch-progress-stream.js';
import { BatchStore } from './batch-store.js';

/**
 * Batch progress. Migo documents the stream under `cardholders/batch/...`; it serves both batch kinds here, and the
 * `cards/batch/...` and `conciliation-files/batch/...` twins (assumed) do the same. The JSON snapshot is the
 * simulator's addition.
 */
@Controller('app/partners/:partnerId')
@UseGuards(CmsSessionGuard)
export class BatchProgressController {
  constructor(
    private readonly batches: BatchStore,
    private readonly faults: FaultRegistry,
  ) {}

  @Get(['cardholders/batch/:batchId/progress', 'cards/batch/:batchId/progress', 'conciliation-files/batch/:batchId/progress'])
  progress(@CurrentPartner() partner: SeedPartner, @Param('batchId') batchId: string, @Req() request: CmsRequest, @Res() reply: FastifyReply): void {
    this.batches.snapshot(partner.partnerId, batchId); // 404 7502 as JSON, before the stream starts
    const cut = this.faults.take('cms', 'GET', pathWithinSurface(request.url), ['sse-cut']);
    const writer = new SseWriter(request, reply, cut?.kind === 'sse-cut' ? cut.afterFrames : undefined);
    streamBatchProgress(writer, this.batches, partner.partnerId, batchId);
  }

  @Get(['cardholders/batch/:batchId', 'cards/batch/:batchId', 'conciliation-files/batch/:batchId'])
  snapshot(@CurrentPartner() partner: SeedPartner, @Param('batchId') batchId: string) {
    return ok(this.batches.snapshot(partner.partnerId, batchId));
  }
}
