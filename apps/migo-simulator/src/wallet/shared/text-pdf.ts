/**
 * A minimal, valid one-page PDF 1.4 (A4) that shows lines of Courier text, written by hand:
 * five objects, a cross-reference table with exact byte offsets, and the `%%EOF` trailer.
 */
const PAGE_TOP = 800;
const FONT_SIZE = 9;
const LEADING = 11;
/** Lines that fit between the top margin and a 40 pt bottom margin. */
export const PDF_LINES_PER_PAGE = Math.floor((PAGE_TOP - 40) / LEADING);

/** Courier uses WinAnsiEncoding: Latin-1 survives (á, ñ…), anything else becomes '?'. */
function pdfString(text: string): string {
  const latin1 = [...text].map((ch) => (ch.charCodeAt(0) <= 0xff && ch.length === 1 ? ch : '?')).join('');
  return `(${latin1.replace(/[\\()]/g, '\\$&').replace(/[\r\n]/g, ' ')})`;
}

export function textPdf(lines: string[]): Buffer {
  const content = ['BT', `/F1 ${FONT_SIZE} Tf`, `${LEADING} TL`, `40 ${PAGE_TOP} Td`, ...lines.slice(0, PDF_LINES_PER_PAGE).map((line) => `${pdfString(line)} Tj T*`), 'ET'].join('\n');
  const contentBytes = Buffer.from(content, 'latin1');
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>'),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>'),
    Buffer.concat([Buffer.from(`<< /Length ${contentBytes.length} >>\nstream\n`), contentBytes, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    length += object.length;
  });
  const xref = [`xref`, `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n `)].join('\n');
  parts.push(Buffer.from(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}
