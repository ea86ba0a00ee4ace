import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { SettlementListQuery } from './settlements.dto.js';
import { Settlements, settlementView } from './settlements.store.js';

/** Assumed routes (Migo lists "settlements" as a Wallet domain but documents no endpoint). */
@Controller('settlements')
@UseGuards(WalletAuthGuard)
export class SettlementsController {
  constructor(private readonly settlements: Settlements) {}

  @Get()
  list(@Query() query: SettlementListQuery) {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) throw new MigoBusinessError('7000', 'from must not be after to.');
    const all = this.settlements.list(query);
    const now = this.settlements.clock.now();
    const start = (query.page - 1) * query.limit;
    const items = all.slice(start, start + query.limit).map((s) => settlementView(s, now, query.includeItems === 'true'));
    return ok({ items, total: all.length, page: query.page, limit: query.limit });
  }

  @Get(':settlementId')
  detail(@Param('settlementId') settlementId: string) {
    const settlement = this.settlements.get(settlementId);
    return ok(settlementView(settlement, this.settlements.clock.now(), true));
  }
}
