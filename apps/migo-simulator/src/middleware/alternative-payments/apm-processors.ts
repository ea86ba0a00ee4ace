import { randomInt } from 'node:crypto';
import { fromUnits } from '../../core/money.js';
import type { ApmTransaction } from './apm-transaction.js';

/** The `data.type` discriminator of a payment answer. */
export type AnswerType = 'url' | 'qr' | 'html' | 'payButton' | 'json';

/**
 * How a rail cancels an IN_PROGRESS payment: `dedicated` hook → CANCELLED, `generic` upstream cancel → DISMISSED,
 * `none` → 405 / 4021 (Migo's dismiss table).
 */
export type CancelHook = 'dedicated' | 'generic' | 'none';

export interface PaymentData {
  user?: string;
  phoneNumber?: string;
  installments?: number;
}

interface ApmProcessor {
  type: AnswerType;
  cancel: CancelHook;
  /** Payment-intents data; only fri, nequi and globalPay-PSE have any (the others answer `data: null`). */
  intents?: Record<string, unknown>;
  /** Why `data` is not enough for this rail, or undefined. */
  missing?: (data: PaymentData) => string | undefined;
  answer: (tx: ApmTransaction, data: PaymentData, checkoutBaseUrl: string) => Record<string, unknown>;
}

const hosted = (base: string, processor: string, tx: ApmTransaction) => `${base.replace(/\/+$/, '')}/apm/${processor}?transactionId=${tx.uid}`;
const qrPayload = (processor: string, tx: ApmTransaction) => `migo-sim|${processor}|${tx.uid}|${fromUnits(tx.amountUnits)}|${tx.currency}`;

const PROCESSORS: Record<string, ApmProcessor> = {
  zigi: { type: 'url', cancel: 'generic', answer: (tx, _d, base) => ({ url: hosted(base, 'zigi', tx) }) },
  akisiQR: { type: 'qr', cancel: 'none', answer: (tx) => ({ qr: qrPayload('akisiQR', tx) }) },
  bancoIndustrial: {
    type: 'html',
    cancel: 'generic',
    answer: (tx, _d, base) => ({ html: `<form method="post" action="${hosted(base, 'bancoIndustrial', tx)}"><button type="submit">Pagar con Banco Industrial</button></form>` }),
  },
  quickPayQR: { type: 'qr', cancel: 'none', answer: (tx) => ({ qr: qrPayload('quickPayQR', tx) }) },
  bamPaymentButton: { type: 'payButton', cancel: 'generic', answer: (tx, d, base) => ({ buttonUrl: hosted(base, 'bamPaymentButton', tx), installments: d.installments ?? 1 }) },
  pronet: {
    type: 'json',
    cancel: 'none',
    answer: () => ({ paymentCode: String(randomInt(10_000_000, 100_000_000)), instructions: 'Pay in cash at any Pronet agent with this code before the transaction expires.' }),
  },
  fri: {
    type: 'json',
    cancel: 'generic',
    intents: {
      requiredFields: {
        phoneNumber: { description: 'Phone number linked to the Fri account', required: false },
        user: { description: 'Fri username', required: false },
      },
      note: 'Send at least one of phoneNumber or user.',
    },
    missing: (d) => (d.user || d.phoneNumber ? undefined : 'fri needs data.user or data.phoneNumber.'),
    answer: (_tx, d) => ({ status: 'PENDING_APPROVAL', message: 'Approve the payment request in the Fri app.', ...(d.user ? { user: d.user } : {}), ...(d.phoneNumber ? { phoneNumber: d.phoneNumber } : {}) }),
  },
  nequi: {
    type: 'json',
    cancel: 'dedicated',
    intents: {
      requiredFields: { phoneNumber: { description: 'Mobile number registered in Nequi (10 digits)', required: true } },
      note: 'The customer approves the push notification in the Nequi app.',
    },
    missing: (d) => (d.phoneNumber && /^\d{10}$/.test(d.phoneNumber) ? undefined : 'nequi needs data.phoneNumber (10 digits).'),
    answer: (_tx, d) => ({ status: 'PUSH_SENT', message: 'A push notification was sent to the Nequi app.', phoneNumber: d.phoneNumber }),
  },
  'globalPay-PSE': {
    type: 'url',
    cancel: 'generic',
    intents: {
      banks: [
        { code: '1007', name: 'BANCOLOMBIA' },
        { code: '1051', name: 'DAVIVIENDA' },
        { code: '1001', name: 'BANCO DE BOGOTA' },
        { code: '1013', name: 'BBVA COLOMBIA' },
      ],
      note: 'The customer picks the bank on the PSE page the payment answer links to.',
    },
    answer: (tx, _d, base) => ({ url: hosted(base, 'globalPay-PSE', tx) }),
  },
};

export function apmProcessor(name: string): ApmProcessor | undefined {
  return Object.hasOwn(PROCESSORS, name) ? PROCESSORS[name] : undefined;
}
