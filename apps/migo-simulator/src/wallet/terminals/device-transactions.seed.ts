import type { TransferStatus } from '../../state/ledger.js';

/** Past terminal payments of the seeded terminals, so the device history is not empty. One is older than 180 days. */
export const SEED_DEVICE_TRANSACTIONS: ReadonlyArray<{ terminalId: number; daysAgo: number; subtotal: number; totalAmount: number; status: TransferStatus; externalId: string }> = [
  { terminalId: 1, daysAgo: 1, subtotal: 42, totalAmount: 0, status: 'cancelled', externalId: '' },
  { terminalId: 1, daysAgo: 3, subtotal: 75.5, totalAmount: 75.5, status: 'approved', externalId: 'NEONET-000812' },
  { terminalId: 1, daysAgo: 20, subtotal: 150, totalAmount: 150, status: 'liquidated', externalId: 'NEONET-000640' },
  { terminalId: 1, daysAgo: 200, subtotal: 99, totalAmount: 99, status: 'liquidated', externalId: 'NEONET-000101' },
  { terminalId: 2, daysAgo: 10, subtotal: 300, totalAmount: 300, status: 'liquidated', externalId: 'NEONET-000702' },
];
