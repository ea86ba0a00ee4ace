import { StreamableFile } from '@nestjs/common';
/** A file from Migo, answered with its own content type and disposition. */
export function streamed(file: { bytes: Buffer; contentType: string; disposition?: string }): StreamableFile {
  return new StreamableFile(file.bytes, { type: file.contentType, disposition: file.disposition, length: file.bytes.length });
}
