import { Injectable } from '@nestjs/common';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { Ledger } from '../../state/ledger.js';
import { Businesses, businessView } from '../merchants/businesses.store.js';
import { Leads } from '../merchants/leads.store.js';
import { currencyOfPartner } from '../shared/partner-currency.js';
import { hashSecret } from '../shared/secret-hash.js';
import { Terminals, terminalView } from '../terminals/terminals.store.js';
import { InvitationCodes } from './invitation-codes.store.js';
import { DirectRegistrationBody, InvitationRegistrationBody } from './users.dto.js';
import { WalletAccounts } from './wallet-accounts.store.js';
import { walletUserView } from './wallet-user.view.js';

/**
 * The two `POST /users` modes. Passwords are hashed first (the only await); everything after it is synchronous,
 * so an invitation code can never be used twice by concurrent requests and a failure leaves nothing half-made.
 */
@Injectable()
export class UserRegistration {
  constructor(
    private readonly ledger: Ledger,
    private readonly accounts: WalletAccounts,
    private readonly codes: InvitationCodes,
    private readonly leads: Leads,
    private readonly businesses: Businesses,
    private readonly terminals: Terminals,
  ) {}

  async direct(body: DirectRegistrationBody) {
    const passwordHash = await hashSecret(body.password);
    const { password: _password, username, email, firstName, lastName, phoneNumber, ...profile } = body;
    const user = this.ledger.createUser({ username, email: email ?? username, firstName, lastName, phoneNumber, profile });
    const account = this.accounts.save({ userId: user.userId, role: 'cardholder', passwordHash, passwordUpdatedAt: user.createdAt });
    return walletUserView(user, account);
  }

  /** A lead's code provisions the owner, the business, its first branch and a terminal for `deviceId` in one call. */
  async withInvitation(body: InvitationRegistrationBody) {
    if (body.password !== body.confirmPassword) throw new MigoBusinessError('7000', 'password and confirmPassword must match.');
    this.codes.usable(body.invitationCode);
    const passwordHash = await hashSecret(body.password);

    const invitation = this.codes.usable(body.invitationCode);
    const lead = invitation.leadId ? this.leads.get(invitation.leadId) : undefined;
    if (lead?.status === 'rejected') throw MigoBusinessError.named('INVALID_INVITATION_CODE');
    const branchBusiness = invitation.branchCode ? this.businesses.ofBranch(invitation.branchCode) : undefined;
    if (lead) this.terminals.assertFree(body.deviceId);
    const profile = { deviceId: body.deviceId, nit: body.nit ?? null, termsAndConditionsAccepted: body.termsAndConditionsAccepted ?? false };
    const user = this.ledger.createUser({
      username: body.username,
      email: body.username,
      firstName: lead?.firstName ?? '',
      lastName: lead?.lastName ?? '',
      phoneNumber: lead?.phone,
      partnerId: lead?.partner ?? branchBusiness?.partnerId,
      profile,
    });
    this.codes.consume(invitation.code, user.userId);
    const passwordUpdatedAt = user.createdAt;
    if (!lead) {
      const account = this.accounts.save({ userId: user.userId, role: invitation.role, branchCode: invitation.branchCode, passwordHash, passwordUpdatedAt });
      return walletUserView(user, account);
    }

    const business = this.businesses.provision({ name: lead.commercialName, partnerId: lead.partner, ownerUserId: user.userId, leadId: lead._id, paymentMethods: lead.paymentMethods });
    const branchCode = business.branches[0].branchCode;
    const terminal = this.terminals.create({
      deviceId: body.deviceId,
      authUserId: user.userId,
      commerceId: business.commerceId,
      branchCode,
      currency: currencyOfPartner(lead.partner),
      terminalType: 'tapToPhone',
      isActive: true,
    });
    lead.status = 'registered';
    lead.commerceId = business.commerceId;
    lead.updatedAt = new Date().toISOString();
    const account = this.accounts.save({ userId: user.userId, role: 'admin', branchCode, passwordHash, passwordUpdatedAt });
    return { ...walletUserView(user, account), business: businessView(business), terminal: terminalView(terminal) };
  }
}
