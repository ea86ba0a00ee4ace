import type { UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { ProblemError, ProblemType } from '#common';

const SIGNATURES: Array<[string, (b: Buffer) => boolean]> = [
  ['application/pdf', (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/webp', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
];

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Migo accepts PDF, JPEG, PNG or WEBP evidence up to 10 MB; checked by content, before anything is sent. */
export function checkedEvidence(file: UploadedMultipartFile | undefined): { bytes: Buffer; filename: string; contentType: string } {
  if (!file?.buffer || file.size === 0) throw ProblemError.of(400, ProblemType.validation, 'Evidence required', 'Attach the evidence file in the multipart field "evidence"');
  if (file.size > MAX_EVIDENCE_BYTES) throw ProblemError.of(413, ProblemType.payloadTooLarge, 'Evidence too large', 'The evidence file may be at most 10 MB');
  const match = SIGNATURES.find(([, test]) => test(file.buffer!));
  if (!match) throw ProblemError.of(415, ProblemType.unsupportedMediaType, 'Unsupported evidence', 'Evidence must be a PDF, JPEG, PNG or WEBP file');
  return { bytes: file.buffer, filename: file.originalname || 'evidence', contentType: match[0] };
}
