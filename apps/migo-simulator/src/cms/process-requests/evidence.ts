import type { UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { MigoBusinessError } from '../../core/sim-errors.js';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

export interface Evidence {
  fileName: string;
  size: number;
  mimeType: string;
}

/** The file type by its first bytes; the declared content type and the file name are not trusted. */
function sniff(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  return undefined;
}

/** Migo's evidence rule: a PDF, JPEG, PNG or WEBP of at most 10 MB, required. Anything else is 400 7000. */
export function readEvidence(file: UploadedMultipartFile | undefined): Evidence {
  if (!file?.buffer || file.size === 0) throw new MigoBusinessError('7000', 'An evidence file is required in the multipart field "evidence".');
  if (file.size > MAX_EVIDENCE_BYTES) throw new MigoBusinessError('7000', 'The evidence file must be at most 10 MB.');
  const mimeType = sniff(file.buffer);
  if (!mimeType) throw new MigoBusinessError('7000', 'The evidence must be a PDF, JPEG, PNG or WEBP file.');
  return { fileName: file.originalname, size: file.size, mimeType };
}
