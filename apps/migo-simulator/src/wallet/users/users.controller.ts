import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { Ledger } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { Businesses } from '../merchants/businesses.store.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { InvitationCodes } from './invitation-codes.store.js';
import { UserRegistration } from './user-registration.service.js';
import { DirectRegistrationBody, InvitationCodeBody, InvitationRegistrationBody } from './users.dto.js';
import { validateBody } from './validate-body.js';
import { WalletAccounts } from './wallet-accounts.store.js';
import { walletUserView } from './wallet-user.view.js';

@Controller('users')
@UseGuards(WalletAuthGuard)
export class UsersController {
  constructor(
    private readonly registration: UserRegistration,
    private readonly codes: InvitationCodes,
    private readonly businesses: Businesses,
    private readonly ledger: Ledger,
    private readonly accounts: WalletAccounts,
  ) {}

  /** Migo picks the DTO by the body: `invitationCode` present → invitation mode, otherwise direct mode. */
  @Post()
  async register(@Body() body: Record<string, unknown>) {
    const invited = body !== null && typeof body === 'object' && body.invitationCode !== undefined && body.invitationCode !== null;
    const data = invited
      ? await this.registration.withInvitation(await validateBody(InvitationRegistrationBody, body))
      : await this.registration.direct(await validateBody(DirectRegistrationBody, body));
    return ok(data, 'user created');
  }

  @Post('invitation-code')
  createInvitationCode(@Body() body: InvitationCodeBody) {
    if (body.branchCode !== undefined) this.businesses.ofBranch(body.branchCode);
    const invitation = this.codes.create({ role: body.role, branchCode: body.branchCode });
    return ok({ invitationCode: invitation.code, role: invitation.role, branchCode: invitation.branchCode ?? null, createdAt: invitation.createdAt });
  }

  /** Undocumented path (assumed). */
  @Get(':userId')
  get(@Param('userId', PositiveIntPipe) userId: number) {
    return ok(walletUserView(this.ledger.getUser(userId), this.accounts.get(userId)));
  }
}
