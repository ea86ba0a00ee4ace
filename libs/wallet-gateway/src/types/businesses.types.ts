import type { Gender, MaritalStatus } from './enums.types.js';

export interface LeadRequest {
  firstName: string;
  lastName: string;
  gender: Gender;
  cui: string;
  expirationDate: string;
  commercialName: string;
  /** Partner slug. */
  partner: string;
  phone?: string;
  address?: string;
  businessName?: string;
  nationality?: string;
  countryOfBirth?: string;
  country?: string;
  dateOfBirth?: string;
  placeOfBirth?: string;
  neighborhood?: string;
  maritalStatus?: MaritalStatus;
  economicActivity?: string;
  canInvoice?: boolean;
  taxRegime?: string;
  nit?: string;
  rtuType?: string;
  email?: string;
  paymentMethods?: Array<{ slug: string; acquirerSlug: string }>;
  sdk?: string;
}

export interface LeadCreated {
  _id: string;
  invitationCode: string;
}

/**
 * A lead as `GET /leads/{leadId}` answers it (assumed route and fields: Migo documents no way to read a lead back; see
 * docs/upstream-assumptions.md, "Tracking work an app starts"). `registered`: Migo approved it into a business.
 */
export interface LeadStatus {
  _id: string;
  partner: string;
  commercialName: string;
  status: 'pending' | 'registered' | 'rejected' | string;
  commerceId: number | null;
  reason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Business {
  commerceId: number;
  name: string;
  partnerId: string;
  ownerUserId: number;
  leadId: string | null;
  branches: Array<{ branchCode: string; name: string }>;
  paymentMethods: Array<{ slug: string; acquirerSlug: string }>;
  createdAt: string;
}

export interface BusinessFilesUploaded {
  commerceId: number;
  files: Array<{ name: 'businessPhoto' | 'utilityBill' | string; fileName: string; mimeType: string; size: number; uploadedAt: string }>;
}

/** A short-lived signed URL of one business document. */
export interface BusinessDocLink {
  name: string;
  url: string;
  expiresAt: string;
}
