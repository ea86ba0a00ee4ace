import { multipartForm } from '#migo-http';
import type { WalletCallOptions, WalletCalls } from '../wallet-calls.js';
import type { BusinessDocLink, BusinessFilesUploaded, LeadCreated, LeadRequest, LeadStatus, UploadFile } from '../wallet.types.js';

/** Leads, businesses and their documents. */
export class WalletBusinesses {
  constructor(private readonly calls: WalletCalls) {}

  createLead(body: LeadRequest, merchantId?: string, options?: WalletCallOptions) {
    return this.calls.call<LeadCreated>('POST', '/leads', {}, options, { body, headers: merchantId ? { 'x-merchant-id': merchantId } : undefined });
  }

  /** Where a lead stands: pending, approved into a business (`registered`, `commerceId`) or rejected (assumed route). */
  lead(leadId: string, options?: WalletCallOptions) {
    return this.calls.call<LeadStatus>('GET', '/leads/:leadId', { leadId }, options);
  }

  /** Reads a stored lead file, despite the POST and the "upload" in Migo's path; it changes nothing. */
  leadFile(fileName: string, options?: WalletCallOptions) {
    return this.calls.file('POST', '/leads/files/upload/:fileName', { fileName }, options, true);
  }

  uploadBusinessFiles(commerceId: number, files: { businessPhoto: UploadFile; utilityBill: UploadFile }, options?: WalletCallOptions) {
    return this.calls.call<BusinessFilesUploaded>('POST', '/businesses/:commerceId/files', { commerceId }, options, { body: multipartForm({}, files) });
  }

  businessDocs(commerceId: number, options?: WalletCallOptions) {
    return this.calls.call<BusinessDocLink[]>('GET', '/businesses/:commerceId/docs', { commerceId }, options);
  }
}
