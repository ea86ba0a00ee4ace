import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { WalletRequest } from '../auth/wallet-auth.guard.js';

/** The merchant slug of the calling application (the subject of its Wallet access token). Use behind WalletAuthGuard. */
export const WalletApp = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  return context.switchToHttp().getRequest<WalletRequest>().walletGrant?.subject ?? '';
});
