import { textPdf } from '../shared/text-pdf.js';

export interface LeadFile {
  contentType: string;
  content: Buffer;
}

/** KYC files "already uploaded" for the demo lead, readable with `POST /leads/files/upload/{fileName}`. */
export const SEED_LEAD_FILES: ReadonlyMap<string, LeadFile> = new Map([
  ['identification.pdf', { contentType: 'application/pdf', content: textPdf(['Documento Personal de Identificacion (DPI)', 'Sample KYC file seeded by the Migo simulator.', 'CUI: 2345678900101']) }],
  ['proof-of-address.pdf', { contentType: 'application/pdf', content: textPdf(['Recibo de servicios - Empresa Electrica', 'Sample KYC file seeded by the Migo simulator.', 'Zona 10, Ciudad de Guatemala']) }],
]);
