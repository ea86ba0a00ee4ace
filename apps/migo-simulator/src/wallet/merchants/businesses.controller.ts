import { Controller, Get, Param, Post, Req, UploadedFiles, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileFieldsInterceptor, UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { ok } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { DOC_LINK_TTL_MS, signedDocUrl } from './business-doc-links.js';
import { BusinessDocName, Businesses } from './businesses.store.js';

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const ACCEPTED_TYPES: Record<BusinessDocName, string[]> = { businessPhoto: IMAGE_TYPES, utilityBill: ['application/pdf', ...IMAGE_TYPES] };

@Controller('businesses/:commerceId')
@UseGuards(WalletAuthGuard)
export class BusinessesController {
  constructor(private readonly businesses: Businesses) {}

  /** Multipart with exactly one `businessPhoto` (image) and one `utilityBill` (PDF or image); a new upload replaces the old files. */
  @Post('files')
  @UseInterceptors(FileFieldsInterceptor([{ name: 'businessPhoto', maxCount: 1 }, { name: 'utilityBill', maxCount: 1 }]))
  upload(@Param('commerceId', PositiveIntPipe) commerceId: number, @UploadedFiles() files: Partial<Record<BusinessDocName, UploadedMultipartFile[]>> | undefined) {
    this.businesses.get(commerceId);
    const uploaded = (['businessPhoto', 'utilityBill'] as const).map((name) => {
      const file = files?.[name]?.[0];
      if (!file?.buffer) throw new MigoBusinessError('7000', 'Exactly one businessPhoto and one utilityBill file are required.');
      if (!ACCEPTED_TYPES[name].includes(file.mimetype)) throw new MigoBusinessError('7000', `${name} must be one of ${ACCEPTED_TYPES[name].join(', ')}.`);
      return { name, fileName: file.originalname, mimeType: file.mimetype, content: file.buffer, uploadedAt: new Date().toISOString() };
    });
    for (const doc of uploaded) this.businesses.saveDoc(commerceId, doc);
    return ok({ commerceId, files: uploaded.map(({ name, fileName, mimeType, content, uploadedAt }) => ({ name, fileName, mimeType, size: content.length, uploadedAt })) }, 'files uploaded');
  }

  @Get('docs')
  docs(@Param('commerceId', PositiveIntPipe) commerceId: number, @Req() request: FastifyRequest) {
    const business = this.businesses.get(commerceId);
    const expiresAtMs = Date.now() + DOC_LINK_TTL_MS;
    const origin = `${request.protocol}://${request.headers.host}`;
    return ok([...business.docs.values()].map((doc) => ({ name: doc.name, url: signedDocUrl(origin, commerceId, doc.name, expiresAtMs), expiresAt: new Date(expiresAtMs).toISOString() })));
  }
}
