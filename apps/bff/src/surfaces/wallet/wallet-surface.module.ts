import { Module } from '@nestjs/common';
import { WalletGatewayClientModule } from '#wallet-gateway';
import { WalletBusinessesController } from './businesses/businesses.controller.js';
import { WalletCardsController } from './cards/cards.controller.js';
import { WalletConfigsController } from './configs/configs.controller.js';
import { WalletFundsController } from './funds/funds.controller.js';
import { WalletLeadsController } from './businesses/leads.controller.js';
import { WalletLinkedCardsController } from './cards/linked-cards.controller.js';
import { WalletPermissionsController } from './permissions/permissions.controller.js';
import { WalletSettlementsController } from './settlements/settlements.controller.js';
import { WalletStatementsController } from './statements/statements.controller.js';
import { WalletTerminalPaymentsController } from './terminals/terminal-payments.controller.js';
import { WalletTerminalsController } from './terminals/terminals.controller.js';
import { WalletTransfersController } from './transfers/transfers.controller.js';
import { WalletUserAuthController } from './users/user-auth.controller.js';
import { WalletUserCardsController } from './cards/user-cards.controller.js';
import { WalletUsersController } from './users/users.controller.js';

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
    WalletSettlementsController,
    WalletTerminalPaymentsController,
    WalletTerminalsController,
    WalletLeadsController,
    WalletBusinessesController,
    WalletConfigsController,
  ],
})
export class WalletSurfaceModule {}
