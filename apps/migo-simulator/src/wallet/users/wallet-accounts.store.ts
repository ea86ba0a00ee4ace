import { Injectable } from '@nestjs/common';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { SEED_TERMINALS } from '../../state/demo-world.js';

export type WalletRole = 'admin' | 'cashier' | 'cardholder';

/** What the Wallet Gateway keeps about a user besides the Ledger record: credentials and the branch role. */
export interface WalletAccount {
  userId: number;
  role: WalletRole;
  /** Branch the user works at (admins and cashiers registered with a branch invitation, business owners). */
  branchCode?: string;
  /** scrypt hash; seeded users have none until they reset their password. */
  passwordHash?: string;
  passwordUpdatedAt?: string;
}

@Injectable()
export class WalletAccounts implements Resettable {
  private accounts = new Map<number, WalletAccount>();

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  /** Seeded Ledger users have no account record: they are plain cardholders. */
  get(userId: number): WalletAccount {
    return this.accounts.get(userId) ?? { userId, role: 'cardholder' };
  }

  save(account: WalletAccount): WalletAccount {
    this.accounts.set(account.userId, account);
    return account;
  }

  setPassword(userId: number, passwordHash: string): WalletAccount {
    return this.save({ ...this.get(userId), passwordHash, passwordUpdatedAt: new Date().toISOString() });
  }

  reset(): void {
    this.accounts = new Map();
    // The owner of the seeded demo business administers its branch.
    for (const terminal of SEED_TERMINALS) this.accounts.set(terminal.authUserId, { userId: terminal.authUserId, role: 'admin', branchCode: terminal.branchCode });
  }
}
