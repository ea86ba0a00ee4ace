import type { WalletUser } from '../../state/ledger.js';
import { WalletAccount } from './wallet-accounts.store.js';

/** The user as the Wallet Gateway answers it: never the password or its hash. */
export function walletUserView(user: WalletUser, account: WalletAccount) {
  return {
    userId: user.userId,
    username: user.username,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    phoneNumber: user.phoneNumber ?? null,
    partnerId: user.partnerId ?? null,
    role: account.role,
    branchCode: account.branchCode ?? null,
    status: user.status,
    profile: user.profile,
    createdAt: user.createdAt,
  };
}
