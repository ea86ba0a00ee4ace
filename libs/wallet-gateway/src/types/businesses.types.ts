import Type from 'typebox';
import { DateTime, named, Nullable, OpenEnum } from '#common';
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

export const LeadCreated = named(
  Type.Object(
    { _id: Type.String(), invitationCode: Type.String({ description: 'The code the business owner registers with (POST /users)' }) },
    { title: 'WalletLeadCreated', additionalProperties: true },
  ),
);
export type LeadCreated = Type.Static<typeof LeadCreated>;

/**
 * A lead as `GET /leads/{leadId}` answers it (assumed route and fields: Migo documents no way to read a lead back; see
 * docs/upstream-assumptions.md, "Tracking work an app starts"). `registered`: Migo approved it into a business.
 */
export const LeadStatus = named(
  Type.Object(
    {
      _id: Type.String(),
      partner: Type.String(),
      commercialName: Type.String(),
      status: OpenEnum(['pending', 'registered', 'rejected']),
      commerceId: Nullable(Type.Integer()),
      reason: Nullable(Type.String()),
      createdAt: DateTime(),
      updatedAt: DateTime(),
    },
    { title: 'WalletLeadStatus', additionalProperties: true },
  ),
);
export type LeadStatus = Type.Static<typeof LeadStatus>;

const PaymentMethodChoice = Type.Object({ slug: Type.String(), acquirerSlug: Type.String() }, { additionalProperties: true });

export const Business = named(
  Type.Object(
    {
      commerceId: Type.Integer(),
      name: Type.String(),
      partnerId: Type.String(),
      ownerUserId: Type.Integer(),
      leadId: Nullable(Type.String()),
      branches: Type.Array(Type.Object({ branchCode: Type.String(), name: Type.String() }, { additionalProperties: true })),
      paymentMethods: Type.Array(PaymentMethodChoice),
      createdAt: DateTime(),
    },
    { title: 'WalletBusiness', additionalProperties: true },
  ),
);
export type Business = Type.Static<typeof Business>;

export const BusinessFilesUploaded = named(
  Type.Object(
    {
      commerceId: Type.Integer(),
      files: Type.Array(
        Type.Object(
          { name: OpenEnum(['businessPhoto', 'utilityBill']), fileName: Type.String(), mimeType: Type.String(), size: Type.Integer(), uploadedAt: DateTime() },
          { additionalProperties: true },
        ),
      ),
    },
    { title: 'WalletBusinessFilesUploaded', additionalProperties: true },
  ),
);
export type BusinessFilesUploaded = Type.Static<typeof BusinessFilesUploaded>;

/** A short-lived signed URL of one business document. */
export const BusinessDocLink = named(Type.Object({ name: Type.String(), url: Type.String(), expiresAt: DateTime() }, { title: 'WalletBusinessDocLink', additionalProperties: true }));
export type BusinessDocLink = Type.Static<typeof BusinessDocLink>;

export const BusinessDocLinkList = named(Type.Array(BusinessDocLink, { title: 'WalletBusinessDocLinkList' }));
export type BusinessDocLinkList = Type.Static<typeof BusinessDocLinkList>;
