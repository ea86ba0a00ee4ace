import { Body, Controller, Delete, HttpCode, Post, Put, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MiddlewareJwtGuard } from '../auth/middleware-jwt.guard.js';
import { isCardProcessor } from '../card-payments/card-processors.js';
import { requireClient } from '../shared/clients.js';
import { mwErrors } from '../shared/mw-errors.js';
import { CardsOnFile, paymentMethodView } from './cards-on-file.js';
import { AddPaymentMethodBody, RemovePaymentMethodBody, SetDefaultPaymentMethodBody } from './subscription.dto.js';
import { SubscriptionStore } from './subscription-store.js';

/** Cards on file of a subscriber (user + client), shared by their subscriptions; each subscription has a default. */
@Controller('v1/subscriptions/payment-methods')
@UseGuards(MiddlewareJwtGuard)
export class PaymentMethodsController {
  constructor(
    private readonly cards: CardsOnFile,
    private readonly subscriptions: SubscriptionStore,
  ) {}

  /** Puts a card tokenized by verify-card (`cardId`) on file. */
  @Post()
  @HttpCode(201)
  add(@Body() body: AddPaymentMethodBody) {
    const { userId, clientId, processorId, cardId, alias } = body.tokenizeData;
    requireClient(clientId);
    if (!isCardProcessor(processorId)) throw mwErrors.invalid(`Unknown card processor ${processorId}.`);
    return ok(paymentMethodView(this.cards.add({ client: clientId, userId, cardId, processorId, alias })), 'Payment method added');
  }

  /** The default card of an active subscription cannot be removed (409 / 4020): set another default first. */
  @Delete()
  remove(@Body() body: RemovePaymentMethodBody) {
    requireClient(body.clientId);
    const method = this.cards.get(body.clientId, body.userId, body.paymentMethodId);
    if (this.subscriptions.isDefaultOfActive(method.id)) throw mwErrors.notEligible('The payment method is the default of an active subscription.');
    return ok(paymentMethodView(this.cards.remove(body.clientId, body.userId, method.id)), 'Payment method removed');
  }

  @Put('set-default')
  setDefault(@Body() body: SetDefaultPaymentMethodBody) {
    return ok(this.subscriptions.view(this.subscriptions.setDefault(body.subUid, body.paymentMethodId)), 'Default payment method updated');
  }
}
