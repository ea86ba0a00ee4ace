import type { MigoAuth } from '#migo-auth';
import { multipartForm, SurfaceCalls, UpstreamFile } from '#migo-http';
import type { CmsCallOptions } from '../cms.client.js';
import type { UploadAccepted, UploadFile } from '../cms.types.js';

const CONCILIATION_FILES = '/app/partners/:partnerId/conciliation-files';

/**
 * Conciliation files (assumed routes on the CMS bulk path). The batch they start is read and followed like the
 * uploads' (`CmsClient.batch` / `batchProgressStream` with `'conciliation-files'`).
 */
export class CmsConciliationFiles {
  constructor(
    private readonly calls: SurfaceCalls,
    private readonly auth: MigoAuth,
  ) {}

  /** A CSV or .xlsx file in the multipart field `file`; Migo answers with the batch id at once. */
  upload(partnerId: string, file: UploadFile, options: CmsCallOptions = {}) {
    return this.calls.json<UploadAccepted>(this.auth.cms(options.operator), 'POST', CONCILIATION_FILES, { partnerId }, options, {
      body: multipartForm({}, { file }),
    });
  }

  /** The result CSV of a finished batch (one line per entry). */
  resultCsv(partnerId: string, batchId: string, options: CmsCallOptions = {}): Promise<UpstreamFile> {
    return this.calls.file(this.auth.cms(options.operator), 'GET', `${CONCILIATION_FILES}/batch/:batchId/result`, { partnerId, batchId }, options, true);
  }
}
