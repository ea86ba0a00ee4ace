import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, UseGuards } from '@nestjs/common';
import { SimulatorEnv } from '../../config/simulator.config.js';
import { SIM_ENV } from '../../core/sim-tokens.js';
import { MerchantTokenGuard } from '../auth/merchant-token.guard.js';
import { mwAmountUnits } from '../shared/amounts.js';
import { requireClient } from '../shared/clients.js';
import { mwErrors } from '../shared/mw-errors.js';
import { sameSecret } from '../shared/secrets.js';
import { createdLinkView, paymentLinkView } from './payment-link.js';
import { CreatePaymentLinkBody, CreatePaymentLinkHookBody, PaymentLinkSearchQuery } from './payment-link.dto.js';
import { PaymentLinkStore } from './payment-link-store.js';

/** Hosted payment links: the answer is raw `{uid, reference, URL}` (uppercase `URL`), no envelope. */
@Controller()
export class PaymentLinksController {
  constructor(
    private readonly links: PaymentLinkStore,
    @Inject(SIM_ENV) private readonly env: SimulatorEnv,
  ) {}

  @Post('transactions')
  @HttpCode(201)
  @UseGuards(MerchantTokenGuard)
  create(@Body() body: CreatePaymentLinkBody) {
    return this.createLink(body);
  }

  /** Browser-side variant: no token header, the `privateKey` / `publicKey` pair in the body instead. */
  @Post('transactions-hook')
  @HttpCode(201)
  createFromBrowser(@Body() body: CreatePaymentLinkHookBody) {
    const keysMatch = sameSecret(body.privateKey, this.env.SIM_MW_HOOK_PRIVATE_KEY) && sameSecret(body.publicKey, this.env.SIM_MW_HOOK_PUBLIC_KEY);
    if (!keysMatch) throw mwErrors.unauthorized('Invalid privateKey / publicKey.');
    return this.createLink(body);
  }

  /**
   * Assumed search by the merchant's order id (the Middleware's Transactions tag lists "search"; its path and shape are
   * not documented): the client's links with that `externalId` (at most one, it is unique per client), raw like the
   * lookup, each with its checkout `URL`. Unknown client → 404 / 2001.
   */
  @Get('transactions')
  @UseGuards(MerchantTokenGuard)
  search(@Query() query: PaymentLinkSearchQuery) {
    const client = requireClient(query.client);
    return this.links
      .all()
      .filter((link) => link.client === client.slug && link.externalId === query.externalId)
      .map((link) => ({ ...paymentLinkView(link), URL: createdLinkView(link, this.env.SIM_CHECKOUT_BASE_URL).URL }));
  }

  /** Assumed lookup, so a backend can follow a link without the merchant callback. */
  @Get('transactions/:uid')
  @UseGuards(MerchantTokenGuard)
  lookup(@Param('uid') uid: string) {
    return paymentLinkView(this.links.get(uid));
  }

  private createLink(body: CreatePaymentLinkBody) {
    const amountUnits = mwAmountUnits(body.amount);
    const client = requireClient(body.client);
    const link = this.links.create({ client, amountUnits, userId: body.userId, channel: body.channel, currency: body.currency, externalId: body.externalId, ads: body.ads, createdBy: body.createdBy });
    return createdLinkView(link, this.env.SIM_CHECKOUT_BASE_URL);
  }
}
