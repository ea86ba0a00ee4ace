import { Injectable } from '@nestjs/common';
import { appendReference, isPlainObject, KeyedWrite, referenceTag } from '#common';
import { WalletGatewayClient } from './wallet-gateway.client.js';
import type { CardMovement, CardTransfer, FundsMovement } from './wallet.types.js';

/**
 * Where the BFF's reference goes in each keyed Wallet write, and how the write is found by it later. Migo's Wallet
 * has no idempotency key and no lookup by reference; these are the assumptions (docs/upstream-assumptions.md,
 * "Keyed writes"), all in this file:
 * - a transfer carries it at the end of `observations` (the only free field of `POST /cards/transfer`), and the
 *   sending card's monthly feed shows it as the TRANSFER_OUT movement's `description`;
 * - a funds operation (`POST /cards/{cardId}/funds`) carries it in `customKeys.bffReference` (the caller's own
 *   `reference` stays theirs); the card's monthly feed shows the movement's `customKeys`;
 * - a funds adjustment (`PUT`, no `customKeys`) carries it at the end of `observations`, which becomes the movement's
 *   `description`.
 */

/** `observations` is at most this long at Migo (the BFF's own limit; Migo's is not documented). */
const OBSERVATIONS_MAX = 255;
export const CUSTOM_KEY = 'bffReference';

const tag = referenceTag;
const appendTo = (body: Record<string, unknown>, field: string, reference: string) => appendReference(body, field, reference, OBSERVATIONS_MAX);

const positiveInt = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value) ? Number(value) : undefined);

export interface CardHints {
  cardId: number;
}

export const CARD_TRANSFER: KeyedWrite<CardHints> = {
  kind: 'wallet.card-transfer',
  stamp: (body, reference) => isPlainObject(body) && appendTo(body, 'observations', reference),
  hints: ({ body }) => {
    const cardId = isPlainObject(body) ? positiveInt(body.fromCardId) : undefined;
    return cardId ? { cardId } : undefined;
  },
};

const cardOfPath = ({ params }: { params: Record<string, string> }) => {
  const cardId = positiveInt(params.cardId);
  return cardId ? { cardId } : undefined;
};

export const FUNDS_OPERATION: KeyedWrite<CardHints> = {
  kind: 'wallet.funds-operation',
  stamp: (body, reference) => {
    if (!isPlainObject(body)) return;
    if (body.customKeys === undefined) body.customKeys = { [CUSTOM_KEY]: reference };
    else if (isPlainObject(body.customKeys)) body.customKeys = { ...body.customKeys, [CUSTOM_KEY]: reference };
  },
  hints: cardOfPath,
};

export const FUNDS_ADJUSTMENT: KeyedWrite<CardHints> = {
  kind: 'wallet.funds-adjustment',
  stamp: (body, reference) => isPlainObject(body) && appendTo(body, 'observations', reference),
  hints: cardOfPath,
};

/** A span of time in which a write may have been applied (epoch ms). */
export interface LookupWindow {
  from: number;
  to: number;
}

/** The calendar months (UTC) a window touches, oldest first. */
export function monthsOf(window: LookupWindow): Array<{ month: number; year: number }> {
  const months: Array<{ month: number; year: number }> = [];
  const cursor = new Date(Date.UTC(new Date(window.from).getUTCFullYear(), new Date(window.from).getUTCMonth(), 1));
  while (cursor.getTime() <= window.to) {
    months.push({ month: cursor.getUTCMonth() + 1, year: cursor.getUTCFullYear() });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

/** The funds answer of Migo, rebuilt from the movement the monthly feed shows (the same fields under feed names). */
export function fundsAnswerOf(movement: CardMovement): FundsMovement {
  return {
    movementId: movement.id,
    cardId: movement.cardId,
    operation: movement.type,
    amount: movement.amount,
    balance: movement.balanceAfter,
    currency: movement.currency,
    reference: movement.reference,
    description: movement.description,
    channel: movement.channel,
    customKeys: movement.customKeys ?? null,
    status: movement.status,
    createdAt: movement.createdAt,
  };
}

/** Finds keyed Wallet writes at Migo by the reference stamped on them (reads only). */
@Injectable()
export class WalletWriteLookup {
  constructor(private readonly wallet: WalletGatewayClient) {}

  async transfer(reference: string, hints: CardHints, window: LookupWindow): Promise<CardTransfer | undefined> {
    const movement = await this.movement(hints.cardId, window, (m) => m.type === 'TRANSFER_OUT' && (m.description ?? '').endsWith(tag(reference)));
    return movement?.transferId ? this.wallet.money.cardTransfer(movement.transferId) : undefined;
  }

  async fundsOperation(reference: string, hints: CardHints, window: LookupWindow): Promise<FundsMovement | undefined> {
    const movement = await this.movement(hints.cardId, window, (m) => isFunds(m) && isPlainObject(m.customKeys) && m.customKeys[CUSTOM_KEY] === reference);
    return movement && fundsAnswerOf(movement);
  }

  async fundsAdjustment(reference: string, hints: CardHints, window: LookupWindow): Promise<FundsMovement | undefined> {
    const movement = await this.movement(hints.cardId, window, (m) => isFunds(m) && (m.description ?? '').endsWith(tag(reference)));
    return movement && fundsAnswerOf(movement);
  }

  private async movement(cardId: number, window: LookupWindow, matches: (movement: CardMovement) => boolean): Promise<CardMovement | undefined> {
    for (const { month, year } of monthsOf(window)) {
      const found = (await this.wallet.money.monthlyTransfers(cardId, month, year)).find(matches);
      if (found) return found;
    }
    return undefined;
  }
}

const isFunds = (movement: CardMovement) => movement.type === 'ADD_FUNDS' || movement.type === 'WITHDRAW_FUNDS';
