/**
 * Helpers shared by the CMS specs (test-only; structurally typed so it does not pull the test support into the build).
 */
import ExcelJS from 'exceljs';

export interface SimCaller {
  url: string;
  secrets: { merchantSlug: string };
  call<T = any>(method: string, path: string, init?: { body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: T; headers: Headers }>;
}

export type CmsHeaders = Record<string, string>;

export const OPERATORS = {
  ops: { id: 1, email: 'ops@acme.test', password: 'Operator#2026' },
  supervisor: { id: 2, email: 'supervisor@acme.test', password: 'Supervisor#2026' },
  support: { id: 3, email: 'support@globex.test', password: 'Support#2026' },
  auditor: { id: 4, email: 'auditor@migo.test', password: 'Auditor#2026' },
} as const;

export type OperatorName = keyof typeof OPERATORS;

export async function appToken(sim: SimCaller): Promise<string> {
  const { status, body } = await sim.call('POST', '/cms/rest/app/auth/login', { body: { merchant: sim.secrets.merchantSlug } });
  if (status !== 200) throw new Error(`CMS app login failed: ${status} ${JSON.stringify(body)}`);
  return body.data.accessToken;
}

/** Both CMS headers for an operator: the app token and `x-user-token: Bearer <operator token>`. */
export async function operatorHeaders(sim: SimCaller, who: OperatorName): Promise<CmsHeaders> {
  const app = await appToken(sim);
  const { email, password } = OPERATORS[who];
  const { status, body } = await sim.call('POST', '/cms/rest/app/users/login', { body: { email, password }, headers: { authorization: `Bearer ${app}` } });
  if (status !== 200) throw new Error(`CMS operator login failed: ${status} ${JSON.stringify(body)}`);
  return { authorization: `Bearer ${app}`, 'x-user-token': `Bearer ${body.data.accessToken}` };
}

/** Requests an OTP for the operator and reads it from the control plane, as an integrator would. */
export async function freshOtp(sim: SimCaller, headers: CmsHeaders, email: string, purpose = 'operation'): Promise<string> {
  const requested = await sim.call('POST', '/cms/rest/app/users/auth/otp', { body: { email, purpose }, headers });
  if (requested.status !== 200) throw new Error(`OTP request failed: ${requested.status}`);
  return (await sim.call('GET', `/__sim/otp/${encodeURIComponent(email)}`)).body.otp;
}

/** Posts a multipart form with one file and optional text fields. */
export async function postMultipart(sim: SimCaller, path: string, headers: CmsHeaders, file: { field: string; bytes: Buffer | string; name: string } | undefined, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append(file.field, new Blob([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)]), file.name);
  const response = await fetch(`${sim.url}${path}`, { method: 'POST', headers, body: form });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** An .xlsx with a header row and data rows, built the way a partner's spreadsheet would be. */
export async function workbook(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | Date>>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hoja1');
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Reads an SSE response to its end (or until the connection drops) and returns the parsed `data:` frames. */
export async function readSse(sim: SimCaller, path: string, headers: CmsHeaders): Promise<{ status: number; frames: any[]; ended: 'cleanly' | 'cut'; contentType: string | null }> {
  const response = await fetch(`${sim.url}${path}`, { headers: { ...headers, accept: 'text/event-stream' } });
  const frames: any[] = [];
  if (!response.body) return { status: response.status, frames, ended: 'cleanly', contentType: response.headers.get('content-type') };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  let ended: 'cleanly' | 'cut' = 'cleanly';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      let boundary: number;
      while ((boundary = buffered.indexOf('\n\n')) >= 0) {
        const block = buffered.slice(0, boundary);
        buffered = buffered.slice(boundary + 2);
        const data = block.split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
        if (data) frames.push(JSON.parse(data));
      }
    }
  } catch {
    ended = 'cut';
  }
  return { status: response.status, frames, ended, contentType: response.headers.get('content-type') };
}

/** Polls until `check` returns a value, failing after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
