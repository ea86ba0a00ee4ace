/** A file to send to Migo. */
export interface UploadFile {
  bytes: Buffer;
  filename: string;
  contentType: string;
}

/** A file Migo answered, with the headers a download needs. */
export interface WalletFile {
  bytes: Buffer;
  contentType: string;
  disposition?: string;
}
