import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import type { SeedPartner } from '../../state/demo-world.js';
import { CurrentPartner } from '../auth/cms-request.js';
import { CmsSessionGuard } from '../auth/cms-session.guard.js';
import { OtpGated } from '../auth/otp-gate.js';
import { CardholderOtpBody, CreateCardholderBody, ListCardholdersQuery } from './cardholder.dto.js';
import { CardholderStore } from './cardholder-store.js';

@Controller('app/partners/:partnerId/cardholders')
@UseGuards(CmsSessionGuard)
export class CardholdersController {
  constructor(private readonly store: CardholderStore) {}

  @Get()
  list(@CurrentPartner() partner: SeedPartner, @Query() query: ListCardholdersQuery) {
    return ok(this.store.list(partner.partnerId, query));
  }

  @Post()
  @HttpCode(201)
  create(@CurrentPartner() partner: SeedPartner, @Body() body: CreateCardholderBody) {
    return ok(this.store.view(this.store.create(partner.partnerId, body)), 'Cardholder created');
  }

  /** Migo fetches the detail with POST; its optional body carries the `otp` of the conditional OTP guard. */
  @Post(':cardholderId')
  @HttpCode(200)
  @OtpGated('conditional')
  detail(@CurrentPartner() partner: SeedPartner, @Param('cardholderId', ParseIntPipe) cardholderId: number, @Body() _body: CardholderOtpBody) {
    return ok(this.store.detailView(this.store.get(partner.partnerId, cardholderId)));
  }

  /** Not in the readable docs ("closing cardholders requires OTP" only): path and answer are assumed. */
  @Post(':cardholderId/close')
  @HttpCode(200)
  @OtpGated('always')
  close(@CurrentPartner() partner: SeedPartner, @Param('cardholderId', ParseIntPipe) cardholderId: number, @Body() _body: CardholderOtpBody) {
    return ok(this.store.detailView(this.store.close(partner.partnerId, cardholderId)), 'Cardholder closed');
  }
}
