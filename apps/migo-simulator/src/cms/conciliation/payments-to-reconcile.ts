import { Injectable } from '@nestjs/common';
import { ApmStore } from '../../middleware/alternative-payments/apm-store.js';
import { PaymentLinkStore } from '../../middleware/payment-links/payment-link-store.js';

/** A payment Migo captured for a partner: what a processor or bank file should list. */
export interface CapturedPayment {
  uid: string;
  /** The payment link's own reference (`ACME000001SB`); alternative payments have none. */
  reference?: string;
  amountUnits: number;
  currency: string;
  capturedAt: string;
}

/**
 * Migo's records a conciliation file is checked against: the partner's captured payment links (approved, or refunded
 * since: a processor file lists the capture) and approved alternative payments (the Middleware `client` slug is the CMS
 * partner id), at their gross captured amount. Settlements net refunds instead (`state/captured-payments.ts`); a file
 * reconciles captures, not payouts.
 */
@Injectable()
export class PaymentsToReconcile {
  constructor(
    private readonly links: PaymentLinkStore,
    private readonly alternativePayments: ApmStore,
  ) {}

  capturedFor(partnerId: string): CapturedPayment[] {
    const links = this.links
      .all()
      .filter((link) => link.client === partnerId && (link.status === 'approved' || link.status === 'refunded'))
      .map((link) => ({ uid: link.uid, reference: link.reference, amountUnits: link.amountUnits, currency: link.currency, capturedAt: link.paidAt ?? link.updatedAt }));
    const alternative = this.alternativePayments
      .all()
      .filter((tx) => tx.client === partnerId && tx.status === 'APPROVED')
      .map((tx) => ({ uid: tx.uid, amountUnits: tx.amountUnits, currency: tx.currency, capturedAt: tx.updatedAt }));
    return [...links, ...alternative];
  }
}
