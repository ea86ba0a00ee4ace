import { Module } from '@nestjs/common';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { WalletBusinessesController } from './businesses.controller.js';
import { WalletCardsController } from './cards.controller.js';
import { WalletConfigsController } from './configs.controller.js';
import { WalletFundsController } from './funds.controller.js';
import { WalletLeadsController } from './leads.controller.js';
import { WalletLinkedCardsController } from './linked-cards.controller.js';
import { WalletPermissionsController } from './permissions.controller.js';
import { WalletStatementsController } from './statements.controller.js';
import { WalletTerminalPaymentsController } from './terminal-payments.controller.js';
import { WalletTerminalsController } from './terminals.controller.js';
import { WalletTransfersController } from './transfers.controller.js';
import { WalletUserAuthController } from './user-auth.controller.js';
import { WalletUserCardsController } from './user-cards.controller.js';
import { WalletUsersController } from './users.controller.js';

/** `/v1/wallet/...`: Migo's Wallet Gateway paths, except `/auth/*` and `/health` (the BFF's own business). */
@Module({
  imports: [WalletGatewayClientModule],
  controllers: [
    WalletUserAuthController,
    WalletPermissionsController,
    WalletUsersController,
    WalletUserCardsController,
    WalletLinkedCardsController,
    WalletCardsController,
    WalletFundsController,
    WalletTransfersController,
    WalletStatementsController,
    WalletTerminalPaymentsController,
    WalletTerminalsController,
    WalletLeadsController,
    WalletBusinessesController,
    WalletConfigsController,
  ],
})
export class WalletSurfaceModule {}
