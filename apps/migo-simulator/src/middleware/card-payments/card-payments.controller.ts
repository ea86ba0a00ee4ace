import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MiddlewareJwtGuard } from '../auth/middleware-jwt.guard.js';
import { paymentLinkView } from '../payment-links/payment-link.js';
import { PaymentLinkStore } from '../payment-links/payment-link-store.js';
import { mwAmountUnits } from '../shared/amounts.js';
import { RefundBody, RevertBody } from './card-payments.dto.js';

/**
 * Revert (void) and refund of an approved payment link (Middleware JWT). `processor` must be the one that charged it
 * (see GET /transactions/{uid}); globalPay and epay can only revert.
 */
@Controller()
@UseGuards(MiddlewareJwtGuard)
export class CardPaymentsController {
  constructor(private readonly links: PaymentLinkStore) {}

  @Post('revert')
  @HttpCode(200)
  revert(@Body() body: RevertBody) {
    return ok(paymentLinkView(this.links.revert(body.transactionUid, body.processor)), 'Transaction reverted');
  }

  @Post('refund')
  @HttpCode(200)
  refund(@Body() body: RefundBody) {
    const units = body.amount === undefined ? undefined : mwAmountUnits(body.amount);
    return ok(paymentLinkView(this.links.refund(body.transactionUid, body.processor, units)), 'Transaction refunded');
  }
}
