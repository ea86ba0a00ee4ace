import { Injectable } from '@nestjs/common';
import { Sequence } from '../core/ids.js';
import { fromUnits, toUnits } from '../core/money.js';
import { ResetRegistry, Resettable } from '../core/reset-registry.js';
import { MigoBusinessError } from '../core/sim-errors.js';
import { SEED_INVENTORY, SEED_PEOPLE } from './demo-world.js';

export type CardStatus = 'inactive' | 'active' | 'blocked';
/** Migo's CardTransfersStatus. */
export type TransferStatus = 'created' | 'approved' | 'processed' | 'denied' | 'reversed' | 'refunded' | 'cancelled' | 'in_progress' | 'liquidated';
export type FundsOperation = 'ADD_FUNDS' | 'WITHDRAW_FUNDS';
export type MovementType = 'ADD_FUNDS' | 'WITHDRAW_FUNDS' | 'TRANSFER_IN' | 'TRANSFER_OUT';

export interface WalletUser {
  userId: number;
  partnerId?: string;
  username: string;
  email: string;
  firstName: string;
  lastName: string;
  phoneNumber?: string;
  status: 'active' | 'inactive';
  createdAt: string;
  /** Anything else the registration carried (address, gender, nit, deviceId…); never the password. */
  profile: Record<string, unknown>;
}

export interface Card {
  cardId: number;
  userId: number | null;
  partnerId: string;
  last4: string;
  alias: string;
  status: CardStatus;
  currency: string;
  balanceUnits: number;
  pinSet: boolean;
  type: 'physical';
  createdAt: string;
}

export interface Movement {
  id: number;
  cardId: number;
  type: MovementType;
  direction: 'credit' | 'debit';
  amountUnits: number;
  currency: string;
  balanceAfterUnits: number;
  status: TransferStatus;
  reference?: string;
  description?: string;
  channel?: string;
  transferId?: number;
  counterpartCardId?: number;
  createdAt: string;
}

export interface Transfer {
  id: number;
  fromCardId: number;
  toCardId: number;
  amountUnits: number;
  currency: string;
  status: TransferStatus;
  observations?: string;
  createdAt: string;
  updatedAt: string;
}

/** Public card shape: the PAN never leaves the simulator, only the mask. */
export function cardView(card: Card) {
  return {
    cardId: card.cardId,
    userId: card.userId,
    maskedPan: `************${card.last4}`,
    alias: card.alias,
    status: card.status,
    currency: card.currency,
    balance: fromUnits(card.balanceUnits),
    pinSet: card.pinSet,
    type: card.type,
    createdAt: card.createdAt,
  };
}

export function movementView(m: Movement) {
  return {
    id: m.id,
    cardId: m.cardId,
    type: m.type,
    direction: m.direction,
    amount: fromUnits(m.amountUnits),
    currency: m.currency,
    balanceAfter: fromUnits(m.balanceAfterUnits),
    status: m.status,
    reference: m.reference ?? null,
    description: m.description ?? null,
    channel: m.channel ?? null,
    transferId: m.transferId ?? null,
    counterpartCardId: m.counterpartCardId ?? null,
    createdAt: m.createdAt,
  };
}

export function transferView(t: Transfer) {
  return {
    id: t.id,
    fromCardId: t.fromCardId,
    toCardId: t.toCardId,
    amount: fromUnits(t.amountUnits),
    currency: t.currency,
    status: t.status,
    observations: t.observations ?? null,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

/** Validates a request amount the way Migo's codes describe: > 0 (7001) with at most 4 decimals (7002). */
export function amountUnits(amount: unknown): number {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) throw MigoBusinessError.named('INVALID_FORMAT_AMOUNT');
  if (amount <= 0) throw MigoBusinessError.named('GREATER_THAN_ZERO');
  const units = toUnits(amount);
  if (units === undefined) throw MigoBusinessError.named('INVALID_FORMAT_AMOUNT');
  return units;
}

/**
 * Users, cards, balances, movements and transfers: the money core shared by the Wallet Gateway and the CMS.
 * Every balance change happens synchronously between the check and the write, so concurrent requests
 * can never overdraw a card (Node runs one handler step at a time).
 */
@Injectable()
export class Ledger implements Resettable {
  private users = new Map<number, WalletUser>();
  private cards = new Map<number, Card>();
  private movements: Movement[] = [];
  private transfers = new Map<number, Transfer>();
  private readonly userIds = new Sequence(1001);
  private readonly cardIds = new Sequence(6001);
  private readonly movementIds = new Sequence(1);
  private readonly transferIds = new Sequence(1);

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  // ── users ──────────────────────────────────────────────────────────────
  createUser(input: Omit<WalletUser, 'userId' | 'createdAt' | 'status'> & { userId?: number }): WalletUser {
    const email = input.email.toLowerCase();
    if ([...this.users.values()].some((u) => u.email === email || u.username === input.username.toLowerCase())) {
      throw MigoBusinessError.named('USER_ALREADY_EXISTS');
    }
    const user: WalletUser = {
      ...input,
      email,
      username: input.username.toLowerCase(),
      userId: input.userId ?? this.userIds.take(),
      status: 'active',
      createdAt: new Date().toISOString(),
    };
    this.users.set(user.userId, user);
    return user;
  }

  getUser(userId: number): WalletUser {
    const user = this.users.get(userId);
    if (!user) throw MigoBusinessError.named('USER_NOT_FOUND');
    return user;
  }

  findUser(userId: number): WalletUser | undefined {
    return this.users.get(userId);
  }

  findUserByEmail(email: string): WalletUser | undefined {
    const wanted = email.toLowerCase();
    return [...this.users.values()].find((u) => u.email === wanted);
  }

  // ── cards ──────────────────────────────────────────────────────────────
  /** Issues a new card (optionally straight to a user). */
  issueCard(input: { partnerId: string; currency: string; alias?: string; userId?: number | null; status?: CardStatus }): Card {
    const cardId = this.cardIds.take();
    const card: Card = {
      cardId,
      userId: input.userId ?? null,
      partnerId: input.partnerId,
      last4: String(cardId).padStart(4, '0').slice(-4),
      alias: input.alias ?? '',
      status: input.status ?? 'inactive',
      currency: input.currency,
      balanceUnits: 0,
      pinSet: false,
      type: 'physical',
      createdAt: new Date().toISOString(),
    };
    this.cards.set(cardId, card);
    return card;
  }

  getCard(cardId: number): Card {
    const card = this.cards.get(cardId);
    if (!card) throw MigoBusinessError.named('CARD_NOT_FOUND');
    return card;
  }

  findCard(cardId: number): Card | undefined {
    return this.cards.get(cardId);
  }

  /** A partner's cards whose number ends in `last4` (how an existing card is found from its PAN). */
  partnerCardsEndingIn(partnerId: string, last4: string): Card[] {
    return [...this.cards.values()].filter((c) => c.partnerId === partnerId && c.last4 === last4);
  }

  cardsOfUser(userId: number): Card[] {
    return [...this.cards.values()].filter((c) => c.userId === userId);
  }

  /** Links an inventory card to a user. A card already linked to someone else is a conflict (7201). */
  assignCard(cardId: number, userId: number, alias?: string): Card {
    const card = this.getCard(cardId);
    this.getUser(userId);
    if (card.userId !== null && card.userId !== userId) throw MigoBusinessError.named('CARD_ALREADY_ASSIGNED');
    card.userId = userId;
    if (alias !== undefined) card.alias = alias;
    return card;
  }

  setCardStatus(cardId: number, status: CardStatus): Card {
    const card = this.getCard(cardId);
    card.status = status;
    return card;
  }

  setAlias(cardId: number, alias: string): Card {
    const card = this.getCard(cardId);
    card.alias = alias;
    return card;
  }

  markPinSet(cardId: number): Card {
    const card = this.getCard(cardId);
    card.pinSet = true;
    return card;
  }

  // ── money ──────────────────────────────────────────────────────────────
  /** Loads or unloads a card. Atomic: the balance check and the write happen in one synchronous step. */
  applyFunds(cardId: number, operation: FundsOperation, units: number, meta: { currency?: string; reference?: string; description?: string; channel?: string } = {}): Movement {
    const card = this.getCard(cardId);
    if (card.status === 'blocked') throw MigoBusinessError.named('INVALID_STATUS_CARD');
    if (meta.currency && meta.currency !== card.currency) throw MigoBusinessError.named('CURRENCY_MISMATCH');
    const signed = operation === 'ADD_FUNDS' ? units : -units;
    if (card.balanceUnits + signed < 0) throw MigoBusinessError.named('INSUFFICIENT_FUNDS');
    card.balanceUnits += signed;
    return this.record({
      cardId,
      type: operation,
      direction: operation === 'ADD_FUNDS' ? 'credit' : 'debit',
      amountUnits: units,
      currency: card.currency,
      balanceAfterUnits: card.balanceUnits,
      status: 'approved',
      reference: meta.reference,
      description: meta.description,
      channel: meta.channel,
    });
  }

  /** Card-to-card transfer; both legs are written in the same synchronous step. */
  transfer(fromCardId: number, toCardId: number, units: number, observations?: string): Transfer {
    if (fromCardId === toCardId) throw new MigoBusinessError('7000', 'fromCardId and toCardId must differ.');
    const from = this.getCard(fromCardId);
    const to = this.getCard(toCardId);
    if (from.status !== 'active' || to.status !== 'active') throw MigoBusinessError.named('INVALID_STATUS_CARD');
    if (from.currency !== to.currency) throw MigoBusinessError.named('CURRENCY_MISMATCH');
    if (from.balanceUnits < units) throw MigoBusinessError.named('INSUFFICIENT_FUNDS');
    from.balanceUnits -= units;
    to.balanceUnits += units;
    const now = new Date().toISOString();
    const transfer: Transfer = { id: this.transferIds.take(), fromCardId, toCardId, amountUnits: units, currency: from.currency, status: 'approved', observations, createdAt: now, updatedAt: now };
    this.transfers.set(transfer.id, transfer);
    this.record({ cardId: fromCardId, type: 'TRANSFER_OUT', direction: 'debit', amountUnits: units, currency: from.currency, balanceAfterUnits: from.balanceUnits, status: 'approved', transferId: transfer.id, counterpartCardId: toCardId, description: observations });
    this.record({ cardId: toCardId, type: 'TRANSFER_IN', direction: 'credit', amountUnits: units, currency: to.currency, balanceAfterUnits: to.balanceUnits, status: 'approved', transferId: transfer.id, counterpartCardId: fromCardId, description: observations });
    return transfer;
  }

  getTransfer(id: number): Transfer {
    const transfer = this.transfers.get(id);
    if (!transfer) throw MigoBusinessError.named('TRANSFER_NOT_FOUND');
    return transfer;
  }

  /** Every transfer that passes `test` (the control plane's view of the books). */
  transfersWhere(test: (transfer: Transfer) => boolean): Transfer[] {
    return [...this.transfers.values()].filter(test);
  }

  /** Every movement that passes `test`, oldest first. */
  movementsWhere(test: (movement: Movement) => boolean): Movement[] {
    return this.movements.filter(test);
  }

  /** Movements of a card in a calendar month (UTC), newest first. */
  movementsInMonth(cardId: number, month: number, year: number): Movement[] {
    this.getCard(cardId);
    return this.movements
      .filter((m) => {
        if (m.cardId !== cardId) return false;
        const d = new Date(m.createdAt);
        return d.getUTCFullYear() === year && d.getUTCMonth() + 1 === month;
      })
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.id - a.id));
  }

  reset(): void {
    this.users = new Map();
    this.cards = new Map();
    this.movements = [];
    this.transfers = new Map();
    this.userIds.reset();
    this.cardIds.reset();
    this.movementIds.reset();
    this.transferIds.reset();
    this.seed();
  }

  private record(input: Omit<Movement, 'id' | 'createdAt'> & { createdAt?: string }): Movement {
    const movement: Movement = { ...input, id: this.movementIds.take(), createdAt: input.createdAt ?? new Date().toISOString() };
    this.movements.push(movement);
    return movement;
  }

  private seed(): void {
    const now = Date.now();
    const day = 86_400_000;
    for (const person of SEED_PEOPLE) {
      this.users.set(person.walletUserId, {
        userId: person.walletUserId,
        partnerId: person.partnerId,
        username: person.email,
        email: person.email,
        firstName: person.name,
        lastName: person.lastName,
        phoneNumber: person.phoneNumber,
        status: 'active',
        createdAt: new Date(now - 400 * day).toISOString(),
        profile: { address: person.address, gender: person.gender, countryOfBirth: person.countryOfBirth },
      });
      for (const seedCard of person.cards) {
        const currency = person.partnerId === 'globex' ? 'USD' : 'GTQ';
        const balanceUnits = toUnits(seedCard.balance)!;
        this.cards.set(seedCard.cardId, {
          cardId: seedCard.cardId,
          userId: person.walletUserId,
          partnerId: person.partnerId,
          last4: seedCard.last4,
          alias: seedCard.alias,
          status: seedCard.status,
          currency,
          balanceUnits,
          pinSet: seedCard.status !== 'inactive',
          type: 'physical',
          createdAt: new Date(now - 380 * day).toISOString(),
        });
        // History that ends at the seeded balance: a load 70 days ago, a load and a spend this month.
        if (balanceUnits > 0) {
          const spend = Math.floor(balanceUnits / 10);
          const loads = [Math.floor((balanceUnits + spend) / 2), balanceUnits + spend - Math.floor((balanceUnits + spend) / 2)];
          let running = 0;
          const stamps = [now - 70 * day, Math.max(startOfMonth(now) + 1000, now - 2 * day)];
          loads.forEach((units, i) => {
            running += units;
            this.record({ cardId: seedCard.cardId, type: 'ADD_FUNDS', direction: 'credit', amountUnits: units, currency, balanceAfterUnits: running, status: 'approved', reference: `SEED-LOAD-${seedCard.cardId}-${i + 1}`, channel: 'WEB', createdAt: new Date(stamps[i]).toISOString() });
          });
          if (spend > 0) {
            running -= spend;
            this.record({ cardId: seedCard.cardId, type: 'WITHDRAW_FUNDS', direction: 'debit', amountUnits: spend, currency, balanceAfterUnits: running, status: 'approved', reference: `SEED-SPEND-${seedCard.cardId}`, channel: 'POS', description: 'Supermercado La Torre', createdAt: new Date(stamps[1] + 60_000).toISOString() });
          }
        }
      }
    }
    for (const inventory of SEED_INVENTORY) {
      for (const cardId of inventory.cardIds) {
        this.cards.set(cardId, { cardId, userId: null, partnerId: inventory.partnerId, last4: String(cardId).slice(-4), alias: '', status: 'inactive', currency: inventory.currency, balanceUnits: 0, pinSet: false, type: 'physical', createdAt: new Date(now - 30 * day).toISOString() });
      }
    }
  }
}

function startOfMonth(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}
