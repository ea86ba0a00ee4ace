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
  status: 'pending' | 'registered';
  commerceId?: number;
  createdAt: string;
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

  reset(): void {
    this.leads = new Map();
  }
}
