import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { InvitationCode, WalletGatewayClient, WalletUser as WalletUserAnswer } from '#wallet-gateway';
import { Idempotent } from '../../../http/idempotency.interceptor.js';
import { RequireScopes } from '../../../auth/auth.decorators.js';
import { DirectRegistrationBody, InvitationCodeBody, InvitationRegistrationBody } from './users.dto.js';
import { RegistrationBodyPipe } from './registration-body.pipe.js';
import { IdParamPipe } from '../../shared/id-param.pipe.js';
import { AllPartnersOnly, NotPartnerData, PartnerOf } from '../../../access/access-declaration.js';
import { WalletUser } from '../../../access/object-refs.js';
import { BodyOneOf, OperationId, Returns } from '../../../openapi/route-docs.js';

@Controller('v1/wallet/users')
export class WalletUsersController {
  constructor(private readonly wallet: WalletGatewayClient) {}

  /** Invitation or direct registration, chosen (and validated) by `invitationCode` as Migo does. */
  @Post()
  @OperationId('registerWalletUser')
  @Returns(WalletUserAnswer)
  @BodyOneOf(InvitationRegistrationBody, DirectRegistrationBody)
  @RequireScopes('wallet:write')
  @NotPartnerData('creates a user: no partner data exists yet')
  @Idempotent()
  register(@Body(RegistrationBodyPipe) body: InvitationRegistrationBody | DirectRegistrationBody): Promise<WalletUserAnswer> {
    return this.wallet.users.registerUser(body);
  }

  @Post('invitation-code')
  @OperationId('createWalletInvitationCode')
  @Returns(InvitationCode)
  @RequireScopes('wallet:write')
  @AllPartnersOnly('an invitation code is not attributed to a partner by Migo')
  invitationCode(@Body() body: InvitationCodeBody): Promise<InvitationCode> {
    return this.wallet.users.createInvitationCode(body);
  }

  @Get(':userId')
  @OperationId('getWalletUser')
  @Returns(WalletUserAnswer)
  @RequireScopes('wallet:read')
  @PartnerOf(WalletUser.param('userId'))
  user(@Param('userId', IdParamPipe) userId: number): Promise<WalletUserAnswer> {
    return this.wallet.users.user(userId);
  }
}
