import { Injectable } from '@nestjs/common';
import { Sequence } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SEED_TERMINALS } from '../../state/demo-world.js';

export const BUSINESS_DOC_NAMES = ['businessPhoto', 'utilityBill'] as const;
export type BusinessDocName = (typeof BUSINESS_DOC_NAMES)[number];

export interface PaymentMethodChoice {
  slug: string;
  acquirerSlug: string;
}

export interface BusinessDoc {
  name: BusinessDocName;
  fileName: string;
  mimeType: string;
  content: Buffer;
  uploadedAt: string;
}

export interface Business {
  commerceId: number;
  name: string;
  partnerId: string;
  ownerUserId: number;
  leadId?: string;
  branches: Array<{ branchCode: string; name: string }>;
  paymentMethods: PaymentMethodChoice[];
  docs: Map<BusinessDocName, BusinessDoc>;
  createdAt: string;
}

export function businessView(b: Business) {
  return { commerceId: b.commerceId, name: b.name, partnerId: b.partnerId, ownerUserId: b.ownerUserId, leadId: b.leadId ?? null, branches: b.branches, paymentMethods: b.paymentMethods, createdAt: b.createdAt };
}

/** Businesses (commerces) and their branches: the seeded demo business, plus one per registered lead. */
@Injectable()
export class Businesses implements Resettable {
  private businesses = new Map<number, Business>();
  private readonly commerceIds = new Sequence(3001);
  private readonly branchNumbers = new Sequence(1);

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  get(commerceId: number): Business {
    const business = this.businesses.get(commerceId);
    if (!business) throw MigoBusinessError.named('BUSINESS_NOT_FOUND');
    return business;
  }

  /** The business a branch belongs to; 404 / 7606 for an unknown branch code. */
  ofBranch(branchCode: string): Business {
    const business = [...this.businesses.values()].find((b) => b.branches.some((branch) => branch.branchCode === branchCode));
    if (!business) throw MigoBusinessError.named('BRANCH_NOT_FOUND');
    return business;
  }

  /** A new business with its first branch, as registering with a lead's invitation code does. */
  provision(input: { name: string; partnerId: string; ownerUserId: number; leadId?: string; paymentMethods: PaymentMethodChoice[] }): Business {
    const business: Business = { ...input, commerceId: this.commerceIds.take(), branches: [{ branchCode: this.nextBranchCode(), name: 'Principal' }], docs: new Map(), createdAt: new Date().toISOString() };
    this.businesses.set(business.commerceId, business);
    return business;
  }

  saveDoc(commerceId: number, doc: BusinessDoc): void {
    this.get(commerceId).docs.set(doc.name, doc);
  }

  reset(): void {
    this.businesses = new Map();
    this.commerceIds.reset();
    this.branchNumbers.reset();
    const seeded = SEED_TERMINALS[0];
    const business: Business = {
      commerceId: seeded.commerceId,
      name: 'Tienda Demo La Esquina',
      partnerId: 'acme',
      ownerUserId: seeded.authUserId,
      branches: [{ branchCode: seeded.branchCode, name: 'Principal' }],
      paymentMethods: [{ slug: 'td/tc', acquirerSlug: 'neonet' }],
      docs: new Map(),
      createdAt: new Date(Date.now() - 200 * 86_400_000).toISOString(),
    };
    this.businesses.set(business.commerceId, business);
    this.commerceIds.advancePast(seeded.commerceId);
    this.branchNumbers.advancePast(Number(seeded.branchCode.slice(3)));
  }

  private nextBranchCode(): string {
    return `BR-${String(this.branchNumbers.take()).padStart(3, '0')}`;
  }
}
