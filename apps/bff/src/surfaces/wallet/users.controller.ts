import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { WalletGatewayClient } from '#wallet-gateway';
import { RequireScopes } from '../../auth/auth.decorators.js';
import { InvitationCodeBody, type DirectRegistrationBody, type InvitationRegistrationBody } from './dto/users.dto.js';
import { RegistrationBodyPipe } from './registration-body.pipe.js';

@Controller('v1/wallet/users')
export class WalletUsersController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  /** Invitation or direct registration, chosen (and validated) by `invitationCode` as Migo does. */
  @Post()
  @RequireScopes('wallet:write')
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
  user(@Param('userId', ParseIntPipe) userId: number) {
    return this.wallet.user(userId);
  }
}
