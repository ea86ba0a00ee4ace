import { Injectable } from '@nestjs/common';
import { MigoAuth } from '#migo-auth';
import { UpstreamHttp } from '#migo-http';
import { WalletBusinesses } from './resources/businesses.js';
import { WalletCards } from './resources/cards.js';
import { WalletConfigs } from './resources/configs.js';
import { WalletMoney } from './resources/money.js';
import { WalletSettlements } from './resources/settlements.js';
import { WalletStatements } from './resources/statements.js';
import { WalletTerminals } from './resources/terminals.js';
import { WalletUsers } from './resources/users.js';
import { WalletCalls } from './wallet-calls.js';

export type { WalletCallOptions } from './wallet-calls.js';

/**
 * Typed client of the Wallet Gateway, one part per resource (`wallet.cards.card(id)`, `wallet.money.transfer(…)`).
 * Every call carries the application session (`auth.wallet`); `/auth/*` and `/health` belong to libs/migo-auth and the
 * health checks, not here.
 */
@Injectable()
export class WalletGatewayClient {
  readonly users: WalletUsers;
  readonly cards: WalletCards;
  readonly money: WalletMoney;
  readonly terminals: WalletTerminals;
  readonly statements: WalletStatements;
  readonly settlements: WalletSettlements;
  readonly businesses: WalletBusinesses;
  readonly configs: WalletConfigs;

  constructor(http: UpstreamHttp, auth: MigoAuth) {
    const calls = new WalletCalls(http, auth);
    this.users = new WalletUsers(calls);
    this.cards = new WalletCards(calls);
    this.money = new WalletMoney(calls);
    this.terminals = new WalletTerminals(calls);
    this.statements = new WalletStatements(calls);
    this.settlements = new WalletSettlements(calls);
    this.businesses = new WalletBusinesses(calls);
    this.configs = new WalletConfigs(calls);
  }
}
