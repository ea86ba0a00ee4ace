import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { fromUnits } from '../../core/money.js';
import { MerchantTokenGuard } from '../auth/merchant-token.guard.js';
import { mwAmountUnits } from '../shared/amounts.js';
import { requireClient } from '../shared/clients.js';
import { mwErrors } from '../shared/mw-errors.js';
import { ApmPaymentBody, CreateApmTransactionBody, PaymentIntentsBody } from './apm.dto.js';
import { ApmStore } from './apm-store.js';
import { apmTransactionView, secondsLeft } from './apm-transaction.js';

/** A blank `{transactionId}` segment is Migo's 400 / 5000. */
function transactionId(raw: string | undefined): string {
  const id = raw?.trim();
  if (!id) throw mwErrors.invalid('transactionId is required.');
  return id;
}

/** Alternative payments (non-card rails), merchant token. */
@Controller('api/v1/integrations/transactions')
@UseGuards(MerchantTokenGuard)
export class ApmController {
  constructor(private readonly store: ApmStore) {}

  @Post()
  @HttpCode(201)
  create(@Body() body: CreateApmTransactionBody) {
    const amountUnits = mwAmountUnits(body.amount);
    const client = requireClient(body.client);
    const amount = fromUnits(amountUnits);
    if (amount < client.apmMinAmount || amount > client.apmMaxAmount) {
      throw mwErrors.amountOutOfRange(`amount must be between ${client.apmMinAmount} and ${client.apmMaxAmount} ${client.currency}.`);
    }
    const tx = this.store.create(client, { userId: body.userId, channel: body.channel, amountUnits, customKeys: body.customKeys });
    return ok({ uid: tx.uid, paymentMethods: [...tx.paymentMethods], expireAt: secondsLeft(tx) }, 'Transaction created');
  }

  /** Assumed lookup, so a backend can follow the transaction without the merchant callback. */
  @Get(':transactionId')
  lookup(@Param('transactionId') id: string) {
    return ok(apmTransactionView(this.store.get(transactionId(id))), 'Transaction found');
  }

  @Post(':transactionId/payment-intents')
  @HttpCode(200)
  intents(@Param('transactionId') id: string, @Body() body: PaymentIntentsBody) {
    return { success: true, data: this.store.intents(transactionId(id), body.processor) };
  }

  @Post(':transactionId/payments')
  @HttpCode(200)
  pay(@Param('transactionId') id: string, @Body() body: ApmPaymentBody) {
    return ok(this.store.pay(transactionId(id), body.processor, body.data), 'Success');
  }

  /** Plain-text `OK`, or `{message, transaction:{uid, status:'CANCELLED'}}` when the rail has a dedicated cancel hook. */
  @Post(':transactionId/dismiss')
  @HttpCode(200)
  dismiss(@Param('transactionId') id: string) {
    const outcome = this.store.dismiss(transactionId(id));
    if (outcome.kind === 'dismissed') return 'OK';
    return { message: 'Transaction cancelled', transaction: { uid: outcome.tx.uid, status: outcome.tx.status } };
  }
}
