/** A file field of a multipart body: its bytes, and the name the BFF sees (it checks the extension and content). */
export interface MultipartFile {
  content: Blob | Uint8Array;
  filename: string;
}

/**
 * A multipart/form-data body for an upload route (an Excel workbook, evidence files, …). The document types file fields
 * as `string` (format: binary), which no file is, so this returns the FormData typed as whatever `body` the route takes;
 * openapi-fetch sends FormData as it is, with its boundary.
 */
export function multipart(fields: Record<string, string | MultipartFile>): never {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') form.append(name, value);
    else form.append(name, value.content instanceof Blob ? value.content : new Blob([value.content as Uint8Array<ArrayBuffer>]), value.filename);
  }
  return form as never;
}
