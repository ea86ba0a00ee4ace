import Type from 'typebox';
import { DateTime, JsonObject, named, Nullable, OpenEnum } from '#common';
import { TRANSFER_STATUSES, type TerminalType, type TransferStatus } from './enums.types.js';

/** `CreateTerminalPaymentInput`: at least one of the three terminal identifiers. */
export interface TerminalPaymentRequest {
  subtotal: number;
  externalTerminalId?: string;
  terminalId?: number;
  deviceId?: string;
  operationId?: string;
  additionalData?: Record<string, unknown>;
}

export interface TerminalPaymentUpdate {
  externalId?: string;
  totalAmount?: number;
  status?: TransferStatus;
  additionalData?: Record<string, unknown>;
}

/** Money fields are strings here (as Migo's example shows: `"10"`, `"0"`). */
export const TerminalPayment = named(
  Type.Object(
    {
      id: Type.Integer(),
      terminalId: Type.Integer(),
      externalId: Type.String(),
      subtotal: Type.String({ description: 'A decimal amount written as a string' }),
      totalAmount: Type.String({ description: 'A decimal amount written as a string; "0" until captured' }),
      status: OpenEnum(TRANSFER_STATUSES),
      currency: Type.String(),
      additionalData: Nullable(JsonObject()),
      createdAt: DateTime(),
      updatedAt: DateTime(),
    },
    { title: 'WalletTerminalPayment', additionalProperties: true },
  ),
);
export type TerminalPayment = Type.Static<typeof TerminalPayment>;

export const TerminalPaymentList = named(Type.Array(TerminalPayment, { title: 'WalletTerminalPaymentList', description: 'The last 180 days only' }));
export type TerminalPaymentList = Type.Static<typeof TerminalPaymentList>;

export const Terminal = named(
  Type.Object(
    {
      terminalId: Type.Integer(),
      deviceId: Type.String(),
      externalTerminalId: Type.String(),
      authUserId: Type.Integer(),
      commerceId: Type.Integer(),
      branchCode: Type.String(),
      currency: Type.String(),
      terminalType: OpenEnum(['tapToPhone', 'pos', 'mpos']),
      isActive: Type.Boolean(),
      createdAt: DateTime(),
      updatedAt: DateTime(),
    },
    { title: 'WalletTerminal', additionalProperties: true },
  ),
);
export type Terminal = Type.Static<typeof Terminal>;

export interface TerminalUpdate {
  isActive: boolean;
  newDeviceId?: string;
  externalTerminalId?: string;
  terminalType?: TerminalType;
}

export const TerminalRemoved = named(
  Type.Object(
    { terminalId: Type.Integer(), deviceId: Type.String(), deleted: Type.Boolean() },
    { title: 'WalletTerminalRemoved', additionalProperties: true },
  ),
);
export type TerminalRemoved = Type.Static<typeof TerminalRemoved>;
