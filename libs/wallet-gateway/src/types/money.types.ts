import type { FundsOperation, TransferStatus } from './enums.types.js';

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

export interface FundsMovement {
  movementId: number;
  cardId: number;
  operation: FundsOperation | string;
  amount: number;
  /** The card balance after the movement. */
  balance: number;
  currency: string;
  reference: string | null;
  description: string | null;
  channel: string | null;
  customKeys: Record<string, unknown> | null;
  status: TransferStatus | string;
  createdAt: string;
}

export interface CardTransferRequest {
  fromCardId: number;
  toCardId: number;
  amount: number;
  observations?: string;
}

export interface CardTransfer {
  id: number;
  fromCardId: number;
  toCardId: number;
  amount: number;
  currency: string;
  status: TransferStatus | string;
  observations: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One entry of the monthly feed: funds operations and both transfer legs. */
export interface CardMovement {
  id: number;
  cardId: number;
  type: 'ADD_FUNDS' | 'WITHDRAW_FUNDS' | 'TRANSFER_IN' | 'TRANSFER_OUT' | string;
  direction: 'credit' | 'debit' | string;
  amount: number;
  currency: string;
  balanceAfter: number;
  status: TransferStatus | string;
  reference: string | null;
  description: string | null;
  channel: string | null;
  transferId: number | null;
  counterpartCardId: number | null;
  customKeys?: Record<string, unknown> | null;
  createdAt: string;
}

export interface TransferTypeDefinition {
  type: string;
  channel: 'financialNetwork' | 'webService';
  movementType: 'debit' | 'credit';
  model: 'settlement' | 'reversed';
  name?: string;
}

export interface TransferType extends Omit<TransferTypeDefinition, 'channel' | 'movementType' | 'model' | 'name'> {
  id: number;
  channel: string;
  movementType: string;
  model: string;
  name: string | null;
  createdAt: string;
  updatedAt: string;
}
