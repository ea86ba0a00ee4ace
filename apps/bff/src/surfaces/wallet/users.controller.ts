import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { Idempotent } from '../../http/idempotency.interceptor.js';
import { RequireScopes } from '../../auth/auth.decorators.js';
import { InvitationCodeBody, type DirectRegistrationBody, type InvitationRegistrationBody } from './dto/users.dto.js';
import { RegistrationBodyPipe } from './registration-body.pipe.js';
import { IdParamPipe } from '../shared/id-param.pipe.js';
import { PartnerAccess, WalletOwnershipGuard } from './wallet-ownership.guard.js';

@UseGuards(WalletOwnershipGuard)
@Controller('v1/wallet/users')
export class WalletUsersController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  /** Invitation or direct registration, chosen (and validated) by `invitationCode` as Migo does. */
  @Post()
  @RequireScopes('wallet:write')
  @Idempotent()
  @PartnerAccess('creates a user: there is no partner data to reach yet')
  register(@Body(RegistrationBodyPipe) body: InvitationRegistrationBody | DirectRegistrationBody) {
    return this.wallet.registerUser(body);
  }

  @Post('invitation-code')
  @RequireScopes('wallet:write')
  invitationCode(@Body() body: InvitationCodeBody) {
    return this.wallet.createInvitationCode(body);
  }

  @Get(':userId')
  @RequireScopes('wallet:read')
  user(@Param('userId', IdParamPipe) userId: number) {
    return this.wallet.user(userId);
  }
}
