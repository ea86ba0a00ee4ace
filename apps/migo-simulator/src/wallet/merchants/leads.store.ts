import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { PaymentMethodChoice } from './businesses.store.js';

export interface Lead {
  _id: string;
  invitationCode: string;
  merchantId?: string;
  partner: string;
  firstName: string;
  lastName: string;
  commercialName: string;
  email?: string;
  phone?: string;
  paymentMethods: PaymentMethodChoice[];
  /** Every other KYC field the lead carried (cui, expirationDate, nit…). */
  kyc: Record<string, unknown>;
  /** `registered`: its owner registered with the invitation code and Migo provisioned the business. */
  status: 'pending' | 'registered' | 'rejected';
  commerceId?: number;
  /** Why Migo's onboarding team rejected it (`rejected` only). */
  reason?: string;
  createdAt: string;
  updatedAt?: string;
}

/** The answer of `GET /leads/{leadId}` (assumed route: Migo documents no way to read a lead back). No KYC data. */
export function leadView(lead: Lead) {
  return {
    _id: lead._id,
    partner: lead.partner,
    commercialName: lead.commercialName,
    status: lead.status,
    commerceId: lead.commerceId ?? null,
    reason: lead.reason ?? null,
    createdAt: lead.createdAt,
    updatedAt: lead.updatedAt ?? lead.createdAt,
  };
}

/** Mongo ObjectId-shaped id: 4 bytes of epoch seconds, then 8 random bytes, as 24 hex characters. */
function objectId(): string {
  const time = Buffer.alloc(4);
  time.writeUInt32BE(Math.floor(Date.now() / 1000));
  return Buffer.concat([time, randomBytes(8)]).toString('hex');
}

/** Merchant prospects. A lead becomes a business when its owner registers with the lead's invitation code. */
@Injectable()
export class Leads implements Resettable {
  private leads = new Map<string, Lead>();

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  newId(): string {
    return objectId();
  }

  save(lead: Lead): Lead {
    this.leads.set(lead._id, lead);
    return lead;
  }

  get(id: string): Lead {
    const lead = this.leads.get(id);
    if (!lead) throw MigoBusinessError.named('LEAD_NOT_FOUND');
    return lead;
  }

  /** Migo's onboarding team turns a pending lead down (the control plane's decision); its invitation code stays unusable. */
  reject(id: string, reason: string): Lead | undefined {
    const lead = this.leads.get(id);
    if (!lead || lead.status !== 'pending') return undefined;
    lead.status = 'rejected';
    lead.reason = reason;
    lead.updatedAt = new Date().toISOString();
    return lead;
  }

  reset(): void {
    this.leads = new Map();
  }
}
