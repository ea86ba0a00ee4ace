import { Injectable } from '@nestjs/common';
import { shortCode } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { WalletRole } from './wallet-accounts.store.js';

export interface InvitationCode {
  code: string;
  role: WalletRole;
  branchCode?: string;
  /** Set for the code a lead answers with: registering with it provisions the lead's business. */
  leadId?: string;
  usedByUserId?: number;
  createdAt: string;
}

/** Single-use invitation codes (`25DC4D1`-style), from `POST /users/invitation-code` and `POST /leads`. */
@Injectable()
export class InvitationCodes implements Resettable {
  private codes = new Map<string, InvitationCode>();

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  create(input: { role: WalletRole; branchCode?: string; leadId?: string }): InvitationCode {
    let code = shortCode();
    while (this.codes.has(code)) code = shortCode();
    const invitation: InvitationCode = { code, ...input, createdAt: new Date().toISOString() };
    this.codes.set(code, invitation);
    return invitation;
  }

  /** The code if it exists and is unused; 400 / 7102 otherwise. Does not consume it. */
  usable(code: string): InvitationCode {
    const invitation = this.codes.get(code.toUpperCase());
    if (!invitation || invitation.usedByUserId !== undefined) throw MigoBusinessError.named('INVALID_INVITATION_CODE');
    return invitation;
  }

  consume(code: string, userId: number): void {
    this.usable(code).usedByUserId = userId;
  }

  reset(): void {
    this.codes = new Map();
  }
}
