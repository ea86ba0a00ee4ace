import { AxiosError, AxiosHeaders, CanceledError } from 'axios';
import type { AxiosAdapter, AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { STATUS_CODES } from 'node:http';
import type { Dispatcher } from 'undici';

/** Socket-level failures as undici names them, given the names the rest of the layer (and axios) uses. */
const NETWORK_CODE_ALIASES: Record<string, string> = {
  UND_ERR_SOCKET: 'ECONNRESET',
  UND_ERR_CLOSED: 'ECONNRESET',
  UND_ERR_CONNECT_TIMEOUT: 'ERR_SOCKET_CONNECTION_TIMEOUT',
  UND_ERR_HEADERS_TIMEOUT: 'ETIMEDOUT',
  UND_ERR_BODY_TIMEOUT: 'ETIMEDOUT',
};

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:\/\//i;

function queryValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Origin and path of each base URL, parsed once (there are a handful, one per upstream). */
const parsedBases = new Map<string, { origin: string; path: string } | null>();

function parsedBase(baseURL: string): { origin: string; path: string } | null {
  let parsed = parsedBases.get(baseURL);
  if (parsed === undefined) {
    const url = URL.canParse(baseURL) ? new URL(baseURL) : undefined;
    // Only plain bases: anything WHATWG URL would rewrite (a query, a fragment, credentials) takes the full parse.
    parsed = url && !url.search && !url.hash && !url.username && !url.password ? { origin: url.origin, path: url.pathname.replace(/\/+$/, '') } : null;
    if (parsedBases.size < 64) parsedBases.set(baseURL, parsed);
  }
  return parsed;
}

/** A path WHATWG URL leaves as it is: no dot segments, query, fragment, or characters it would percent-encode. */
const PLAIN_PATH = /^(?:\/(?!(?:\.|%2[eE]){1,2}(?:\/|$))[A-Za-z0-9\-._~!$&'()*+,;=:@%]*)*$/;

/**
 * baseURL + url (as axios combines them) + params; undefined and null params are left out, arrays repeat the key.
 * A relative path of plain characters under a plain base URL, without params (nearly every call), is joined as text:
 * WHATWG URL would give the same origin and path, at a few µs of parsing per call.
 */
function requestTarget(config: InternalAxiosRequestConfig): { origin: string; path: string } {
  const path = config.url ?? '';
  if (config.paramsSerializer) throw new Error('The undici adapter does not support paramsSerializer');
  const params = config.params instanceof URLSearchParams ? Object.fromEntries(config.params) : (config.params ?? {});
  const base = config.baseURL && !ABSOLUTE_URL.test(path) ? parsedBase(config.baseURL) : null;
  if (base) {
    const joined = `${base.path}/${path.replace(/^\/+/, '')}`;
    if (PLAIN_PATH.test(joined) && Object.keys(params as object).length === 0) return { origin: base.origin, path: joined };
  }
  const url = new URL(config.baseURL && !ABSOLUTE_URL.test(path) ? `${config.baseURL.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}` : path);
  for (const [name, value] of Object.entries(params as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, queryValue(item));
  }
  return { origin: url.origin, path: `${url.pathname}${url.search}` };
}

/** What axios's own header normalization would change: padding, control characters, a name to lowercase or guard. */
const PLAIN_HEADER_VALUE = /^(?![ \t])[^\u0000-\u0008\u000a-\u001f\u007f]*(?<![ \t])$/;
const PLAIN_HEADER_NAME = /^[a-z0-9!#$&'*+.^_`|~-]+$/;

/**
 * The answer's headers as the AxiosHeaders axios would make of them. undici hands them over with lowercase names and
 * values its parser has already checked, so most are copied as they are; any other goes through AxiosHeaders' own
 * `set`. Handing axios an AxiosHeaders spares it two normalizing copies of every answer's headers (`from` keeps an
 * instance as it is).
 */
function answerHeaders(raw: Record<string, string | string[] | undefined>): AxiosHeaders {
  const headers = new AxiosHeaders();
  const slots = headers as unknown as Record<string, string>;
  for (const name in raw) {
    const value = raw[name];
    if (value === undefined) continue;
    if (typeof value === 'string' && PLAIN_HEADER_NAME.test(name) && name !== '__proto__' && PLAIN_HEADER_VALUE.test(value)) slots[name] = value;
    else headers.set(name, value);
  }
  return headers;
}

/**
 * What axios' request transforms leave as the body, in a form undici sends. FormData is encoded here (Node's own
 * encoder, behind `Response`), with its length, because this undici cannot encode the FormData class of Node's
 * built-in one; the parts are in memory already, and an upload is bounded by the BFF's upload limit.
 */
async function requestBody(data: unknown, headers: AxiosHeaders): Promise<Dispatcher.DispatchOptions['body']> {
  if (data === undefined || data === null) return undefined;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (data instanceof Blob) return Buffer.from(await data.arrayBuffer());
  if (data instanceof FormData) {
    const encoded = new Response(data);
    headers.setContentType(encoded.headers.get('content-type')!); // replaces axios's x-www-form-urlencoded default
    return Buffer.from(await encoded.arrayBuffer());
  }
  return data as Dispatcher.DispatchOptions['body'];
}

async function readBody(body: Dispatcher.ResponseData['body'], responseType: string | undefined): Promise<unknown> {
  if (responseType === 'stream') return body;
  const bytes = Buffer.from(await body.arrayBuffer());
  return responseType === 'arraybuffer' ? bytes : bytes.toString('utf8');
}

function failure(error: unknown, config: InternalAxiosRequestConfig): AxiosError {
  if (config.signal?.aborted) return new CanceledError(undefined, config);
  const cause = error as { code?: string; message?: string };
  const code = cause.code ? (NETWORK_CODE_ALIASES[cause.code] ?? cause.code) : undefined;
  return AxiosError.from(error, code, config);
}

/**
 * An axios adapter that sends requests with undici (keep-alive pools per origin, no per-request socket or agent
 * bookkeeping), so @nestjs/axios's HttpService stays the client API while the transport costs a fraction of axios's
 * Node http adapter. It covers what UpstreamHttp uses: baseURL + url + plain params, JSON / string / Buffer / FormData
 * / stream bodies, `signal` and `timeout`, responseType `arraybuffer`, `stream` or text, `validateStatus`. Redirects
 * are never followed (as with `maxRedirects: 0`), and no compression is asked for, so none has to be undone.
 */
export function undiciAdapter(dispatcher: Dispatcher): AxiosAdapter {
  return async (config) => {
    const target = requestTarget(config);
    const signal = config.timeout ? AbortSignal.any([AbortSignal.timeout(config.timeout), ...(config.signal ? [config.signal as AbortSignal] : [])]) : (config.signal as AbortSignal | undefined);
    let response: AxiosResponse;
    try {
      const body = await requestBody(config.data, config.headers);
      const answer = await dispatcher.request({
        origin: target.origin,
        path: target.path,
        method: (config.method ?? 'get').toUpperCase() as Dispatcher.HttpMethod,
        headers: config.headers.toJSON(true) as Record<string, string>,
        body,
        signal,
      });
      response = {
        status: answer.statusCode,
        statusText: STATUS_CODES[answer.statusCode] ?? '',
        headers: answerHeaders(answer.headers),
        data: await readBody(answer.body, config.responseType),
        config,
        request: undefined,
      };
    } catch (error) {
      throw failure(error, config);
    }
    if (!config.validateStatus || config.validateStatus(response.status)) return response;
    const code = response.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST;
    throw new AxiosError(`Request failed with status code ${response.status}`, code, config, undefined, response);
  };
}
