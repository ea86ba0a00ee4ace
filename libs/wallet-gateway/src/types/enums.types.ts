export type Gender = 'F' | 'M' | 'OTHER';
export type MaritalStatus = 'soltero' | 'casado' | 'viudo' | 'divorciado' | 'separado';
export type WalletRole = 'admin' | 'cashier' | 'cardholder';
export type FundsOperation = 'ADD_FUNDS' | 'WITHDRAW_FUNDS';
/** Migo's CardTransfersStatus. */
export const TRANSFER_STATUSES = ['created', 'approved', 'processed', 'denied', 'reversed', 'refunded', 'cancelled', 'in_progress', 'liquidated'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export type TerminalType = 'tapToPhone' | 'pos' | 'mpos';
