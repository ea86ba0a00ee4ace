import type { UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { ProblemError, ProblemType } from '#common';
import type { UploadFile } from '#wallet-gateway';

export const BUSINESS_FILE_FIELDS = [
  { name: 'businessPhoto', maxCount: 1 },
  { name: 'utilityBill', maxCount: 1 },
];

/** The form carries the two files and nothing else: any text field is refused as an unknown field. */
export class NoFormFields {}

type BusinessFileField = 'businessPhoto' | 'utilityBill';
export type BusinessFileParts = Partial<Record<BusinessFileField, UploadedMultipartFile[]>>;

const SIGNATURES: Array<[string, (b: Buffer) => boolean]> = [
  ['application/pdf', (b) => b.subarray(0, 5).toString('latin1') === '%PDF-'],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['image/png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/webp', (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP'],
];

const IMAGES = ['image/jpeg', 'image/png', 'image/webp'];
/** What Migo accepts per field; the type is read from the content, not from the client's claim. */
const ACCEPTED: Record<BusinessFileField, string[]> = { businessPhoto: IMAGES, utilityBill: ['application/pdf', ...IMAGES] };

function checked(field: BusinessFileField, file: UploadedMultipartFile | undefined): UploadFile {
  if (!file?.buffer || file.size === 0) {
    throw ProblemError.of(400, ProblemType.validation, 'File required', 'Attach exactly one businessPhoto and one utilityBill file', { errors: [{ field, message: `${field} is required` }] });
  }
  const contentType = SIGNATURES.find(([type, matches]) => ACCEPTED[field].includes(type) && matches(file.buffer!))?.[0];
  if (!contentType) throw ProblemError.of(415, ProblemType.unsupportedMediaType, 'Unsupported file', `${field} must be one of ${ACCEPTED[field].join(', ')}`);
  return { bytes: file.buffer, filename: file.originalname || field, contentType };
}

/** The two onboarding files of a business, checked before anything is sent to Migo. */
export function checkedBusinessFiles(parts: BusinessFileParts | undefined): { businessPhoto: UploadFile; utilityBill: UploadFile } {
  return { businessPhoto: checked('businessPhoto', parts?.businessPhoto?.[0]), utilityBill: checked('utilityBill', parts?.utilityBill?.[0]) };
}
