import { Injectable } from '@nestjs/common';
import type { ApmTransaction } from '../middleware/alternative-payments/apm-transaction.js';
import { ApmStore } from '../middleware/alternative-payments/apm-store.js';
import type { PaymentLink } from '../middleware/payment-links/payment-link.js';
import { PaymentLinkStore } from '../middleware/payment-links/payment-link-store.js';
import { TerminalPayment, TerminalPayments } from '../wallet/terminals/terminal-payments.store.js';
import { Terminals } from '../wallet/terminals/terminals.store.js';
import { Ledger } from './ledger.js';

export type CapturedSource = 'terminal' | 'payment-link' | 'alternative-payment';

/** A payment Migo holds money for: what the settlement engine pays out and the Middleware's payments list shows. */
export interface CapturedPayment {
  source: CapturedSource;
  /** The id the source answers it by: a payment-link or alternative-payment uid, a terminal payment's id. */
  reference: string;
  partnerId: string;
  /** What is left to pay out: the captured amount net of refunds made so far. */
  amountUnits: number;
  currency: string;
  capturedAt: string;
}

/**
 * Approved payment links (partial refunds netted, fully refunded or reverted ones left out) and approved alternative
 * payments; the partner is the Middleware `client`. Links are captured when paid; APMs when they turned APPROVED.
 */
export function capturedMiddlewarePayments(links: readonly PaymentLink[], apms: readonly ApmTransaction[]): CapturedPayment[] {
  const fromLinks = links
    .filter((link) => (link.status === 'approved' || link.status === 'refunded') && link.amountUnits - link.refundedUnits > 0)
    .map((link): CapturedPayment => ({ source: 'payment-link', reference: link.uid, partnerId: link.client, amountUnits: link.amountUnits - link.refundedUnits, currency: link.currency, capturedAt: link.paidAt ?? link.updatedAt }));
  const fromApms = apms
    .filter((tx) => tx.status === 'APPROVED')
    .map((tx): CapturedPayment => ({ source: 'alternative-payment', reference: tx.uid, partnerId: tx.client, amountUnits: tx.amountUnits, currency: tx.currency, capturedAt: tx.updatedAt }));
  return [...fromLinks, ...fromApms];
}

const CAPTURED_TERMINAL_STATUSES: ReadonlySet<string> = new Set(['approved', 'liquidated']);

/**
 * The read-only "captured payments of a partner" query over every surface: the Middleware's (above) and Wallet terminal
 * payments that are approved (or already liquidated), whose partner is that of the terminal's business owner.
 */
@Injectable()
export class CapturedPayments {
  constructor(
    private readonly links: PaymentLinkStore,
    private readonly apms: ApmStore,
    private readonly terminals: Terminals,
    private readonly terminalPayments: TerminalPayments,
    private readonly ledger: Ledger,
  ) {}

  all(): CapturedPayment[] {
    return [...capturedMiddlewarePayments(this.links.all(), this.apms.all()), ...this.fromTerminals()];
  }

  ofPartner(partnerId: string): CapturedPayment[] {
    return this.all().filter((payment) => payment.partnerId === partnerId);
  }

  private fromTerminals(): CapturedPayment[] {
    return this.terminalPayments
      .all()
      .filter((payment) => CAPTURED_TERMINAL_STATUSES.has(payment.status) && payment.totalAmountUnits > 0)
      .flatMap((payment) => {
        const partnerId = this.partnerOfTerminal(payment);
        return partnerId ? [{ source: 'terminal' as const, reference: String(payment.id), partnerId, amountUnits: payment.totalAmountUnits, currency: payment.currency, capturedAt: payment.updatedAt }] : [];
      });
  }

  private partnerOfTerminal(payment: TerminalPayment): string | undefined {
    const terminal = this.terminals.find(payment.terminalId);
    if (!terminal) return undefined;
    return this.ledger.findUser(terminal.authUserId)?.partnerId;
  }
}
