import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { CmsOperatorCredentials, MigoAuth } from '#migo-auth';
import { CallExtras, HttpMethod, multipartForm, SurfaceCalls, UpstreamCallOptions, UpstreamHttp } from '#migo-http';
import type {
  BatchFrame,
  Cardholder,
  CardholderDetail,
  CardholderListQuery,
  CardholderPage,
  CmsModuleList,
  GrantedPermissionList,
  NewCardholder,
  OtpRequested,
  OtpVerified,
  Partner,
  PartnerBalance,
  PartnerList,
  PermissionGrant,
  PermissionList,
  ProcessRequest,
  ProcessRequestList,
  ProcessRequestPage,
  UploadAccepted,
  UploadFile,
} from './cms.types.js';
import { CmsConciliationFiles } from './resources/conciliation-files.js';

export interface CmsCallOptions extends UpstreamCallOptions {
  /** Act as this operator instead of the configured service account. */
  operator?: CmsOperatorCredentials;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The path segment a batch is read under: its upload's. */
export type BatchPath = 'cardholders' | 'cards' | 'conciliation-files';

/**
 * Typed client of the CMS Backoffice. Every call carries both CMS sessions (application + operator); `{partnerId}`
 * and `{clientId}` name the same partner (Migo's docs use both).
 */
@Injectable()
export class CmsClient {
  private readonly calls: SurfaceCalls;
  readonly conciliationFiles: CmsConciliationFiles;

  constructor(
    private readonly http: UpstreamHttp,
    private readonly auth: MigoAuth,
  ) {
    this.calls = new SurfaceCalls(http, 'cms');
    this.conciliationFiles = new CmsConciliationFiles(this.calls, auth);
  }

  private call<T>(method: HttpMethod, route: string, params: Record<string, string | number>, options: CmsCallOptions = {}, extra?: CallExtras): Promise<T> {
    return this.calls.json<T>(this.auth.cms(options.operator), method, route, params, options, extra);
  }

  // ── operator step-up ───────────────────────────────────────────────
  requestOtp(body: { email: string; purpose: string }, options?: CmsCallOptions) {
    return this.call<OtpRequested>('POST', '/app/users/auth/otp', {}, options, { body });
  }

  verifyOtp(body: { email: string; otp: string; purpose: string }, options?: CmsCallOptions) {
    return this.call<OtpVerified>('PUT', '/app/users/auth/otp', {}, options, { body });
  }

  // ── partners ───────────────────────────────────────────────────────
  partners(options?: CmsCallOptions) {
    return this.call<PartnerList>('GET', '/app/partners', {}, options);
  }

  partner(partnerId: string, options?: CmsCallOptions) {
    return this.call<Partner>('GET', '/app/partners/:partnerId', { partnerId }, options);
  }

  balance(clientId: string, options?: CmsCallOptions) {
    return this.call<PartnerBalance>('GET', '/app/partners/:clientId/balance', { clientId }, options);
  }

  // ── cardholders ────────────────────────────────────────────────────
  listCardholders(partnerId: string, query: CardholderListQuery = {}, options?: CmsCallOptions) {
    return this.call<CardholderPage>('GET', '/app/partners/:partnerId/cardholders', { partnerId }, options, { query: { ...query } });
  }

  createCardholder(partnerId: string, body: NewCardholder, options?: CmsCallOptions) {
    return this.call<Cardholder>('POST', '/app/partners/:partnerId/cardholders', { partnerId }, options, { body });
  }

  /** Migo fetches a cardholder with POST; the optional body carries an OTP. It changes nothing, so it may be retried. */
  cardholder(partnerId: string, cardholderId: number, otp?: string, options?: CmsCallOptions) {
    return this.call<CardholderDetail>('POST', '/app/partners/:partnerId/cardholders/:cardholderId', { partnerId, cardholderId }, options, { body: otp ? { otp } : {}, idempotent: true });
  }

  closeCardholder(partnerId: string, cardholderId: number, otp?: string, options?: CmsCallOptions) {
    return this.call<CardholderDetail>('POST', '/app/partners/:partnerId/cardholders/:cardholderId/close', { partnerId, cardholderId }, options, { body: otp ? { otp } : {} });
  }

  // ── bulk uploads ───────────────────────────────────────────────────
  uploadCardholders(partnerId: string, file: UploadFile, otp?: string, options?: CmsCallOptions) {
    return this.call<UploadAccepted>('POST', '/app/partners/:partnerId/cardholders/upload', { partnerId }, options, {
      body: multipartForm({ otp }, { users: { contentType: XLSX, ...file } }),
    });
  }

  uploadCards(partnerId: string, file: UploadFile, otp?: string, options?: CmsCallOptions) {
    return this.call<UploadAccepted>('POST', '/app/partners/:partnerId/cards/upload', { partnerId }, options, {
      body: multipartForm({ otp }, { cards: { contentType: XLSX, ...file } }),
    });
  }

  batch(partnerId: string, batchId: string, kind: BatchPath = 'cardholders', options?: CmsCallOptions) {
    return this.call<BatchFrame>('GET', `/app/partners/:partnerId/${kind}/batch/:batchId`, { partnerId, batchId }, options);
  }

  /**
   * The raw text/event-stream of a batch's progress (unnamed `data:` frames). The caller parses and closes it. Migo
   * documents the cardholders path, which serves both upload kinds; a conciliation batch has its own (assumed).
   */
  async batchProgressStream(partnerId: string, batchId: string, options: CmsCallOptions = {}, kind: BatchPath = 'cardholders'): Promise<Readable> {
    const { data } = await this.http.request<Readable>({
      upstream: 'cms',
      method: 'GET',
      route: `/app/partners/:partnerId/${kind}/batch/:batchId/progress`,
      params: { partnerId, batchId },
      auth: this.auth.cms(options.operator),
      responseType: 'stream',
      signal: options.signal,
      // The stream is long-lived: the timeout only bounds the wait for its first byte (headers).
      timeoutMs: options.timeoutMs,
      idempotent: true,
    });
    return data;
  }

  // ── RBAC ───────────────────────────────────────────────────────────
  modules(options?: CmsCallOptions) {
    return this.call<CmsModuleList>('GET', '/app/modules', {}, options);
  }

  createPermissions(body: { permissions: Array<{ resource: string; action: string; description?: string }> }, options?: CmsCallOptions) {
    return this.call<PermissionList>('POST', '/app/permissions', {}, options, { body });
  }

  userPermissions(cmsUserId: number, partnerId: string, options?: CmsCallOptions) {
    return this.call<PermissionList>('GET', '/app/users/:cmsUserId/partners/:partnerId/permissions', { cmsUserId, partnerId }, options);
  }

  grantPermissions(cmsUserId: number, body: { permissions: PermissionGrant[]; otp?: string }, options?: CmsCallOptions) {
    return this.call<GrantedPermissionList>('POST', '/app/users/:cmsUserId/permissions', { cmsUserId }, options, { body });
  }

  revokePermissions(cmsUserId: number, body: { permissions: PermissionGrant[]; otp?: string }, options?: CmsCallOptions) {
    return this.call<GrantedPermissionList>('DELETE', '/app/users/:cmsUserId/permissions', { cmsUserId }, options, { body });
  }

  // ── process requests (partner balance top-ups) ─────────────────────
  createProcessRequest(partnerId: string, input: { evidence: UploadFile; requestedAmount: number; observations?: string; otp?: string }, options?: CmsCallOptions) {
    return this.call<ProcessRequest>('POST', '/app/partners/:partnerId/process-request', { partnerId }, options, {
      body: multipartForm({ requestedAmount: String(input.requestedAmount), observations: input.observations, otp: input.otp }, { evidence: input.evidence }),
    });
  }

  listProcessRequests(clientId: string, query: { page?: number; limit?: number } = {}, options?: CmsCallOptions) {
    return this.call<ProcessRequestPage>('GET', '/app/partners/:clientId/process-requests', { clientId }, options, { query });
  }

  allProcessRequests(clientId: string, options?: CmsCallOptions) {
    return this.call<ProcessRequestList>('GET', '/app/partners/:clientId/process-requests/all', { clientId }, options);
  }

  reviewProcessRequest(clientId: string, id: number, body: { status: 'approved' | 'rejected'; reason?: string }, options?: CmsCallOptions) {
    return this.call<ProcessRequest>('PATCH', '/app/partners/:clientId/process-requests/:id', { clientId, id }, options, { body });
  }
}
