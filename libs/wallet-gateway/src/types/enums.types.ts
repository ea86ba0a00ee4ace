export type Gender = 'F' | 'M' | 'OTHER';
export type MaritalStatus = 'soltero' | 'casado' | 'viudo' | 'divorciado' | 'separado';
export type WalletRole = 'admin' | 'cashier' | 'cardholder';
export type FundsOperation = 'ADD_FUNDS' | 'WITHDRAW_FUNDS';
/** Migo's CardTransfersStatus. */
export type TransferStatus = 'created' | 'approved' | 'processed' | 'denied' | 'reversed' | 'refunded' | 'cancelled' | 'in_progress' | 'liquidated';
export type TerminalType = 'tapToPhone' | 'pos' | 'mpos';
