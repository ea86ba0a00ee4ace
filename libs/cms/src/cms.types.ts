import Type from 'typebox';
import { ConciliationEntry } from './types/conciliation-files.types.js';
import { DateTime, Nullable } from '#common';

/**
 * CMS Backoffice shapes, as Migo (and the simulator) answer them: each answer a TypeBox schema (its JSON Schema, in the
 * BFF's OpenAPI document) with its TypeScript type under the same name. Unknown fields pass through untouched.
 */

export type DocumentType = 'DPI' | 'NIT' | 'PASSPORT' | 'LEGAL_ID' | 'PERSONAL_ID' | 'RESIDENCE_ID';
export type Gender = 'F' | 'M' | 'OTHER';
export type MaritalStatus = 'soltero' | 'casado' | 'viudo' | 'divorciado' | 'separado';


/** CMS's paged list: `{items, total, page, limit}` (`page` 1-based). */
const pageOf = <T extends Type.TSchema>(item: T, title: string) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), limit: Type.Integer() }, { title, additionalProperties: true });

export const Partner = Type.Object(
  {
    partnerId: Type.String(),
    name: Type.String(),
    currency: Type.String(),
    status: Type.String({ description: 'active (open: Migo may add values)' }),
    balance: Type.Optional(Type.Object({ available: Type.Number(), currency: Type.String() }, { additionalProperties: true, description: 'In the detail only' })),
    cardholders: Type.Optional(Type.Integer({ description: 'How many cardholders the partner has; in the detail only' })),
  },
  { title: 'CmsPartner', additionalProperties: true },
);
export type Partner = Type.Static<typeof Partner>;

export const PartnerList = Type.Array(Partner, { title: 'CmsPartnerList' });
export type PartnerList = Type.Static<typeof PartnerList>;

export interface NewCardholder {
  name: string;
  lastName: string;
  address: string;
  countryOfBirth: string;
  dateOfBirth: string;
  maritalStatus: MaritalStatus;
  gender: Gender;
  phoneNumber: string;
  email: string;
  documentType: DocumentType;
  documentNumber: string;
  cardId: number;
}

export const Cardholder = Type.Object(
  {
    id: Type.Integer(),
    partnerId: Type.String(),
    walletUserId: Type.Integer(),
    name: Type.String(),
    lastName: Type.String(),
    email: Type.String(),
    phoneNumber: Type.String(),
    documentType: Type.String({ description: 'DPI | NIT | PASSPORT | LEGAL_ID | PERSONAL_ID | RESIDENCE_ID (open)' }),
    documentNumber: Type.String(),
    dateOfBirth: Type.String({ description: 'YYYY-MM-DD' }),
    gender: Type.String({ description: 'F | M | OTHER (open)' }),
    maritalStatus: Type.String({ description: 'soltero | casado | viudo | divorciado | separado (open)' }),
    address: Type.String(),
    countryOfBirth: Type.String(),
    status: Type.String({ description: 'active | closed (open: Migo may add values)' }),
    cardIds: Type.Array(Type.Integer()),
    createdAt: DateTime(),
  },
  { title: 'CmsCardholder', additionalProperties: true },
);
export type Cardholder = Type.Static<typeof Cardholder>;

export const CardholderPage = pageOf(Cardholder, 'CmsCardholderPage');
export type CardholderPage = Type.Static<typeof CardholderPage>;

export const CardholderCard = Type.Object(
  {
    cardId: Type.Integer(),
    userId: Nullable(Type.Integer()),
    maskedPan: Type.String(),
    alias: Type.String(),
    status: Type.String({ description: 'active | blocked | inactive | … (open)' }),
    currency: Type.String(),
    balance: Type.Number(),
    pinSet: Type.Boolean(),
    type: Type.String(),
    createdAt: DateTime(),
  },
  { title: 'CmsCardholderCard', additionalProperties: true },
);
export type CardholderCard = Type.Static<typeof CardholderCard>;

export const CardholderDetail = Type.Interface([Cardholder], { cards: Type.Array(CardholderCard) }, { title: 'CmsCardholderDetail', additionalProperties: true });
export type CardholderDetail = Type.Static<typeof CardholderDetail>;

export interface CardholderListQuery {
  page?: number;
  limit?: number;
  searchText?: string;
  sortBy?: 'createdAt' | 'name' | 'lastName' | 'email';
  sortOrder?: 'asc' | 'desc';
}

export type BatchKind = 'cardholders' | 'cards' | 'conciliation';
export type BatchStatus = 'queued' | 'processing' | 'completed' | 'failed' | string;

export const BatchRowOutcome = Type.Object(
  {
    row: Type.Integer({ description: '1-based among the data rows' }),
    status: Type.String({ description: 'created | failed (open)' }),
    cardholderId: Type.Optional(Type.Integer()),
    cardId: Type.Optional(Type.Integer()),
    errors: Type.Optional(
      Type.Array(Type.Object({ field: Type.Optional(Type.String()), message: Type.String(), code: Type.Optional(Type.String()) }, { additionalProperties: true })),
    ),
  },
  { title: 'CmsBatchRowOutcome', additionalProperties: true },
);
export type BatchRowOutcome = Type.Static<typeof BatchRowOutcome>;

/** One frame of the upload progress stream (and the JSON snapshot). Only `batchId` is documented by Migo. */
export const BatchFrame = Type.Object(
  {
    batchId: Type.String(),
    kind: Type.Optional(Type.String({ description: 'cardholders | cards | conciliation' })),
    status: Type.String({ description: 'queued | processing | completed | failed (open)' }),
    total: Type.Integer(),
    processed: Type.Integer(),
    succeeded: Type.Integer(),
    failed: Type.Integer(),
    percentage: Type.Number(),
    updatedAt: Type.Optional(DateTime()),
    results: Type.Optional(
      Type.Array(Type.Union([BatchRowOutcome, ConciliationEntry]), { description: 'Once the batch is finished: upload rows, or a conciliation batch’s entries' }),
    ),
  },
  { title: 'CmsBatch', additionalProperties: true },
);
export type BatchFrame = Type.Static<typeof BatchFrame>;

export const UploadAccepted = Type.Object({ id: Type.String({ description: 'The batch id' }) }, { title: 'CmsUploadAccepted', additionalProperties: true });
export type UploadAccepted = Type.Static<typeof UploadAccepted>;

export const PartnerBalance = Type.Object(
  { id: Type.Integer(), clientId: Type.String(), available: Type.Number(), currency: Type.String(), updatedAt: DateTime(), createdAt: DateTime() },
  { title: 'CmsPartnerBalance', additionalProperties: true },
);
export type PartnerBalance = Type.Static<typeof PartnerBalance>;

export const ProcessRequest = Type.Object(
  {
    id: Type.Integer(),
    clientId: Type.String(),
    requestedAmount: Type.Number(),
    currency: Type.String(),
    status: Type.String({ description: 'pending | approved | rejected (open)' }),
    observations: Nullable(Type.String()),
    evidence: Type.Object({ fileName: Type.String(), size: Type.Integer(), mimeType: Type.String() }, { additionalProperties: true }),
    createdBy: Type.Integer({ description: 'The CMS operator who filed it' }),
    createdAt: DateTime(),
    reviewedBy: Nullable(Type.Integer()),
    reviewedAt: Nullable(DateTime()),
    reason: Nullable(Type.String()),
  },
  { title: 'CmsProcessRequest', additionalProperties: true },
);
export type ProcessRequest = Type.Static<typeof ProcessRequest>;

export const ProcessRequestPage = pageOf(ProcessRequest, 'CmsProcessRequestPage');
export type ProcessRequestPage = Type.Static<typeof ProcessRequestPage>;

export const ProcessRequestList = Type.Array(ProcessRequest, { title: 'CmsProcessRequestList' });
export type ProcessRequestList = Type.Static<typeof ProcessRequestList>;

const PermissionRef = Type.Object({ permissionId: Type.Integer(), resource: Type.String(), action: Type.String() }, { additionalProperties: true });

export const CmsModule = Type.Object(
  { id: Type.Integer(), name: Type.String(), resource: Type.String(), permissions: Type.Array(PermissionRef) },
  { title: 'CmsModule', additionalProperties: true },
);
export type CmsModule = Type.Static<typeof CmsModule>;

export const CmsModuleList = Type.Array(CmsModule, { title: 'CmsModuleList' });
export type CmsModuleList = Type.Static<typeof CmsModuleList>;

export const Permission = Type.Interface([PermissionRef], { description: Type.Optional(Nullable(Type.String())) }, { title: 'CmsPermission', additionalProperties: true });
export type Permission = Type.Static<typeof Permission>;

export const PermissionList = Type.Array(Permission, { title: 'CmsPermissionList' });
export type PermissionList = Type.Static<typeof PermissionList>;

export interface PermissionGrant {
  permissionId: number;
  partnerId: string;
}

/** A grant as grant and revoke answer them: the target operator's grants in the partners the caller may see. */
export const GrantedPermission = Type.Interface([PermissionRef], { partnerId: Type.String() }, { title: 'CmsGrantedPermission', additionalProperties: true });
export type GrantedPermission = Type.Static<typeof GrantedPermission>;

export const GrantedPermissionList = Type.Array(GrantedPermission, { title: 'CmsGrantedPermissionList' });
export type GrantedPermissionList = Type.Static<typeof GrantedPermissionList>;

export const OtpRequested = Type.Object(
  { email: Type.String(), purpose: Type.String(), expiresAt: DateTime() },
  { title: 'CmsOtpRequested', additionalProperties: true, description: 'The code itself is e-mailed to the operator, never answered' },
);
export type OtpRequested = Type.Static<typeof OtpRequested>;

export const OtpVerified = Type.Object({ elevated: Type.Boolean(), elevatedUntil: DateTime() }, { title: 'CmsOtpVerified', additionalProperties: true });
export type OtpVerified = Type.Static<typeof OtpVerified>;

export interface UploadFile {
  bytes: Buffer;
  filename: string;
  contentType?: string;
}
