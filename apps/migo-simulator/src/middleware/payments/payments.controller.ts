import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { IsNotEmpty, IsString } from 'class-validator';
import { fromUnits } from '../../core/money.js';
import { capturedMiddlewarePayments } from '../../state/captured-payments.js';
import { IsDateOnly } from '../../wallet/shared/date-only.js';
import { ApmStore } from '../alternative-payments/apm-store.js';
import { MerchantTokenGuard } from '../auth/merchant-token.guard.js';
import { PaymentLinkStore } from '../payment-links/payment-link-store.js';
import { requireClient } from '../shared/clients.js';
import { mwErrors } from '../shared/mw-errors.js';

export class CapturedPaymentsQuery {
  @IsString() @IsNotEmpty() client!: string;
  @IsDateOnly() from!: string;
  @IsDateOnly() to!: string;
}

/**
 * Assumed list (the Middleware's Transactions tag lists "search"; no path is documented): a client's captured payments
 * — approved payment links, net of refunds, and approved alternative payments — captured between two UTC dates
 * (inclusive), oldest first, raw like the transaction lookups. Unknown client → 404 / 2001.
 */
@Controller('payments')
@UseGuards(MerchantTokenGuard)
export class PaymentsController {
  constructor(
    private readonly links: PaymentLinkStore,
    private readonly apms: ApmStore,
  ) {}

  @Get()
  list(@Query() query: CapturedPaymentsQuery) {
    const client = requireClient(query.client);
    if (query.from > query.to) throw mwErrors.invalid('from must not be after to.');
    return capturedMiddlewarePayments(this.links.all(), this.apms.all())
      .filter((p) => p.partnerId === client.slug && p.capturedAt.slice(0, 10) >= query.from && p.capturedAt.slice(0, 10) <= query.to)
      .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))
      .map((p) => ({ source: p.source, uid: p.reference, client: p.partnerId, amount: fromUnits(p.amountUnits), currency: p.currency, capturedAt: p.capturedAt }));
  }
}
