import type { TerminalType, TransferStatus } from './enums.types.js';

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

/** Money fields are strings here (as Migo's example shows). */
export interface TerminalPayment {
  id: number;
  terminalId: number;
  externalId: string;
  subtotal: string;
  totalAmount: string;
  status: TransferStatus | string;
  currency: string;
  additionalData: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
}

export interface Terminal {
  terminalId: number;
  deviceId: string;
  externalTerminalId: string;
  authUserId: number;
  commerceId: number;
  branchCode: string;
  currency: string;
  terminalType: TerminalType | string;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TerminalUpdate {
  isActive: boolean;
  newDeviceId?: string;
  externalTerminalId?: string;
  terminalType?: TerminalType;
}

export interface TerminalRemoved {
  terminalId: number;
  deviceId: string;
  deleted: boolean;
}
