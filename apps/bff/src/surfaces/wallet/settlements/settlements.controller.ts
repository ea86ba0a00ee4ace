import { Controller, Get, Param, Query } from '@nestjs/common';
import { Settlement, SettlementPage, WalletGatewayClient } from '#wallet-gateway';
import { OperationId, Returns } from '../../../openapi/route-docs.js';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { PartnerOf } from '../../../access/access-declaration.js';
import { Partner, WalletSettlement } from '../../../access/object-refs.js';
import { PathSegmentPipe } from '../../shared/path-segment.pipe.js';
import { SettlementListQuery } from './settlements.dto.js';

/**
 * Settlements of captured payments, one per partner and 23:30 UTC cutoff day: `pending` → `settled` (next business day)
 * → `paid` (one business day later). Assumed Wallet routes (docs/upstream-assumptions.md, "Settlements").
 */
@Controller('v1/wallet/settlements')
export class WalletSettlementsController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  @Get()
  @OperationId('listWalletSettlements')
  @Returns(SettlementPage)
  @RequireScopes('wallet:read')
  @PartnerOf(Partner.query('partnerId', { absent: 'app-partner-or-any' }))
  list(@Query() query: SettlementListQuery): Promise<SettlementPage> {
    return this.wallet.settlements.listSettlements(query);
  }

  /** With the captured items behind it; each currency's total is the sum of its items. */
  @Get(':settlementId')
  @OperationId('getWalletSettlement')
  @Returns(Settlement)
  @RequireScopes('wallet:read')
  @PartnerOf(WalletSettlement.param('settlementId'))
  detail(@Param('settlementId', PathSegmentPipe) settlementId: string): Promise<Settlement> {
    return this.wallet.settlements.settlement(settlementId);
  }
}
