import { Module } from '@nestjs/common';
import { WalletAuthController } from './auth/wallet-auth.controller.js';
import { WalletAuthGuard } from './auth/wallet-auth.guard.js';
import { CardPinsController } from './cards/card-pins.controller.js';
import { CardPins } from './cards/card-pins.store.js';
import { CardsController } from './cards/cards.controller.js';
import { LinkedCardsController } from './cards/linked-cards.controller.js';
import { LinkedCards } from './cards/linked-cards.store.js';
import { UserCardsController } from './cards/user-cards.controller.js';
import { AppConfigs } from './configs/app-configs.store.js';
import { ConfigsController } from './configs/configs.controller.js';
import { FundsController } from './funds/funds.controller.js';
import { MovementExtras } from './funds/movement-extras.store.js';
import { BusinessDocFileController } from './merchants/business-doc-file.controller.js';
import { Businesses } from './merchants/businesses.store.js';
import { BusinessesController } from './merchants/businesses.controller.js';
import { LeadsController } from './merchants/leads.controller.js';
import { Leads } from './merchants/leads.store.js';
import { PermissionsController } from './permissions/permissions.controller.js';
import { Permissions } from './permissions/permissions.store.js';
import { StatementsController } from './statements/statements.controller.js';
import { Statements } from './statements/statements.store.js';
import { TerminalPaymentsController } from './terminals/terminal-payments.controller.js';
import { TerminalPayments } from './terminals/terminal-payments.store.js';
import { TerminalsController } from './terminals/terminals.controller.js';
import { Terminals } from './terminals/terminals.store.js';
import { TransferTypes } from './transfers/transfer-types.store.js';
import { TransfersController } from './transfers/transfers.controller.js';
import { InvitationCodes } from './users/invitation-codes.store.js';
import { UserOtpController } from './users/user-otp.controller.js';
import { UserRegistration } from './users/user-registration.service.js';
import { UsersController } from './users/users.controller.js';
import { WalletAccounts } from './users/wallet-accounts.store.js';

/** The Wallet Gateway surface, mounted under /rest. Users, cards, balances and transfers live in the shared Ledger. */
@Module({
  controllers: [
    WalletAuthController,
    UsersController,
    UserOtpController,
    PermissionsController,
    UserCardsController,
    CardsController,
    CardPinsController,
    LinkedCardsController,
    FundsController,
    TransfersController,
    StatementsController,
    LeadsController,
    BusinessesController,
    BusinessDocFileController,
    TerminalsController,
    TerminalPaymentsController,
    ConfigsController,
  ],
  providers: [
    WalletAuthGuard,
    WalletAccounts,
    InvitationCodes,
    UserRegistration,
    Permissions,
    CardPins,
    LinkedCards,
    MovementExtras,
    TransferTypes,
    Statements,
    Leads,
    Businesses,
    Terminals,
    TerminalPayments,
    AppConfigs,
  ],
  exports: [MovementExtras, Terminals, TerminalPayments, Leads],
})
export class WalletModule {}
