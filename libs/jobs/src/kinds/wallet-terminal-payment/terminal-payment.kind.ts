import type { JobKind, JobObject } from '../job-kind.js';
import { invalidJobRequest } from '../invalid-request.js';
import { PAYMENT_OUTCOMES } from '../payment-outcomes.js';
import { TerminalPaymentTracker } from './terminal-payment.tracker.js';

/** A card-present payment, followed until the terminal captured it (or it was declined, cancelled or expired). */
export interface TerminalPaymentTarget {
  type: 'wallet.terminal-payment';
  id: number;
}

const TERMINAL_PAYMENT_ID = /^[1-9]\d{0,15}$/;

function terminalPaymentOf(upstreamId: string): JobObject {
  if (!TERMINAL_PAYMENT_ID.test(upstreamId) || !Number.isSafeInteger(Number(upstreamId))) throw invalidJobRequest('upstreamId of a terminal payment is its numeric id');
  return { kind: 'terminal-payment', id: Number(upstreamId) };
}

export const terminalPaymentKind: JobKind<TerminalPaymentTarget> = {
  type: 'wallet.terminal-payment',
  upstream: 'wallet',
  // A customer at a terminal pays within minutes; a payment still open after a day will not be captured any more.
  deadlineSeconds: 24 * 3600,
  owner: 'terminal-payment',
  trackById: {
    objectOf: (upstreamId) => terminalPaymentOf(upstreamId),
    async confirm({ wallet }, object) {
      if (object.kind !== 'terminal-payment') throw new Error('A terminal payment is named by its id');
      await wallet.money.terminalPayment(object.id);
      return { target: { type: 'wallet.terminal-payment', id: object.id } };
    },
  },
  result: { kind: 'json' },
  outcomes: PAYMENT_OUTCOMES,
  tracker: TerminalPaymentTracker,
};
