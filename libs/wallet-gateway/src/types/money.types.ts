import Type from 'typebox';
import { DateTime, JsonObject, named, Nullable, OpenEnum } from '#common';
import { TRANSFER_STATUSES, type FundsOperation } from './enums.types.js';

/** `FundsOperationDto` (`POST /cards/{cardId}/funds`). */
export interface FundsOperationRequest {
  amount: number;
  operation: FundsOperation;
  channel: string;
  reference: string;
  description?: string;
  currency?: string;
  customKeys?: Record<string, unknown>;
}

/** `CardAssingFundsDto` (sic; `PUT /cards/{cardId}/funds`). */
export interface FundsAdjustmentRequest {
  amount: number;
  operation: FundsOperation;
  reference: string;
  observations?: string;
  currency?: string;
}

export const FundsMovement = named(
  Type.Object(
    {
      movementId: Type.Integer(),
      cardId: Type.Integer(),
      operation: OpenEnum(['ADD_FUNDS', 'WITHDRAW_FUNDS']),
      amount: Type.Number(),
      balance: Type.Number({ description: 'The card balance after the movement' }),
      currency: Type.String(),
      reference: Nullable(Type.String()),
      description: Nullable(Type.String()),
      channel: Nullable(Type.String()),
      customKeys: Nullable(JsonObject()),
      status: OpenEnum(TRANSFER_STATUSES),
      createdAt: DateTime(),
    },
    { title: 'WalletFundsMovement', additionalProperties: true },
  ),
);
export type FundsMovement = Type.Static<typeof FundsMovement>;

export interface CardTransferRequest {
  fromCardId: number;
  toCardId: number;
  amount: number;
  observations?: string;
}

export const CardTransfer = named(
  Type.Object(
    {
      id: Type.Integer(),
      fromCardId: Type.Integer(),
      toCardId: Type.Integer(),
      amount: Type.Number(),
      currency: Type.String(),
      status: OpenEnum(TRANSFER_STATUSES),
      observations: Nullable(Type.String()),
      createdAt: DateTime(),
      updatedAt: DateTime(),
    },
    { title: 'WalletCardTransfer', additionalProperties: true },
  ),
);
export type CardTransfer = Type.Static<typeof CardTransfer>;

/** One entry of the monthly feed: funds operations and both transfer legs. */
export const CardMovement = named(
  Type.Object(
    {
      id: Type.Integer(),
      cardId: Type.Integer(),
      type: OpenEnum(['ADD_FUNDS', 'WITHDRAW_FUNDS', 'TRANSFER_IN', 'TRANSFER_OUT']),
      direction: OpenEnum(['credit', 'debit']),
      amount: Type.Number(),
      currency: Type.String(),
      balanceAfter: Type.Number(),
      status: OpenEnum(TRANSFER_STATUSES),
      reference: Nullable(Type.String()),
      description: Nullable(Type.String()),
      channel: Nullable(Type.String()),
      transferId: Nullable(Type.Integer()),
      counterpartCardId: Nullable(Type.Integer()),
      customKeys: Type.Optional(Nullable(JsonObject())),
      createdAt: DateTime(),
    },
    { title: 'WalletCardMovement', additionalProperties: true },
  ),
);
export type CardMovement = Type.Static<typeof CardMovement>;

export const CardMovementList = named(Type.Array(CardMovement, { title: 'WalletCardMovementList', description: 'Newest first' }));
export type CardMovementList = Type.Static<typeof CardMovementList>;

export interface TransferTypeDefinition {
  type: string;
  channel: 'financialNetwork' | 'webService';
  movementType: 'debit' | 'credit';
  model: 'settlement' | 'reversed';
  name?: string;
}

export const TransferType = named(
  Type.Object(
    {
      id: Type.Integer(),
      type: Type.String(),
      channel: OpenEnum(['financialNetwork', 'webService']),
      movementType: OpenEnum(['debit', 'credit']),
      model: OpenEnum(['settlement', 'reversed']),
      name: Nullable(Type.String()),
      createdAt: DateTime(),
      updatedAt: DateTime(),
    },
    { title: 'WalletTransferType', additionalProperties: true },
  ),
);
export type TransferType = Type.Static<typeof TransferType>;

export const TransferTypeList = named(Type.Array(TransferType, { title: 'WalletTransferTypeList' }));
export type TransferTypeList = Type.Static<typeof TransferTypeList>;
