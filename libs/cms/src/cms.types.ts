import type { ConciliationEntry } from './types/conciliation-files.types.js';

/** CMS Backoffice shapes, as Migo (and the simulator) answer them. Unknown fields pass through untouched. */

export type DocumentType = 'DPI' | 'NIT' | 'PASSPORT' | 'LEGAL_ID' | 'PERSONAL_ID' | 'RESIDENCE_ID';
export type Gender = 'F' | 'M' | 'OTHER';
export type MaritalStatus = 'soltero' | 'casado' | 'viudo' | 'divorciado' | 'separado';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export interface Partner {
  partnerId: string;
  name: string;
  currency: string;
  status: string;
  balance?: { available: number; currency: string };
  cardholders?: number;
}

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

export interface Cardholder extends Omit<NewCardholder, 'cardId'> {
  id: number;
  partnerId: string;
  walletUserId: number;
  status: 'active' | 'closed' | string;
  cardIds: number[];
  createdAt: string;
}

export interface CardholderCard {
  cardId: number;
  userId: number | null;
  maskedPan: string;
  alias: string;
  status: string;
  currency: string;
  balance: number;
  pinSet: boolean;
  type: string;
  createdAt: string;
}

export interface CardholderDetail extends Cardholder {
  cards: CardholderCard[];
}

export interface CardholderListQuery {
  page?: number;
  limit?: number;
  searchText?: string;
  sortBy?: 'createdAt' | 'name' | 'lastName' | 'email';
  sortOrder?: 'asc' | 'desc';
}

export type BatchKind = 'cardholders' | 'cards' | 'conciliation';
export type BatchStatus = 'queued' | 'processing' | 'completed' | 'failed' | string;

export interface BatchRowOutcome {
  row: number;
  status: 'created' | 'failed' | string;
  cardholderId?: number;
  cardId?: number;
  errors?: Array<{ field?: string; message: string; code?: string }>;
}

/** One frame of the upload progress stream (and the JSON snapshot). Only `batchId` is documented. */
export interface BatchFrame {
  batchId: string;
  kind?: BatchKind;
  status: BatchStatus;
  total: number;
  processed: number;
  succeeded: number;
  failed: number;
  percentage: number;
  updatedAt?: string;
  /** Upload rows, or a conciliation batch's entries (`ConciliationEntry`). */
  results?: BatchRowOutcome[] | ConciliationEntry[];
}

export interface UploadAccepted {
  id: string;
}

export interface PartnerBalance {
  id: number;
  clientId: string;
  available: number;
  currency: string;
  updatedAt: string;
  createdAt: string;
}

export interface ProcessRequest {
  id: number;
  clientId: string;
  requestedAmount: number;
  currency: string;
  status: 'pending' | 'approved' | 'rejected' | string;
  observations: string | null;
  evidence: { fileName: string; size: number; mimeType: string };
  createdBy: number;
  createdAt: string;
  reviewedBy: number | null;
  reviewedAt: string | null;
  reason: string | null;
}

export interface CmsModule {
  id: number;
  name: string;
  resource: string;
  permissions: Array<{ permissionId: number; resource: string; action: string }>;
}

export interface Permission {
  permissionId: number;
  resource: string;
  action: string;
  description?: string | null;
}

export interface PermissionGrant {
  permissionId: number;
  partnerId: string;
}

export interface UploadFile {
  bytes: Buffer;
  filename: string;
  contentType?: string;
}
