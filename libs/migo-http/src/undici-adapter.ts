import { AxiosError, CanceledError } from 'axios';
import type { AxiosAdapter, AxiosHeaders, AxiosResponse, InternalAxiosRequestConfig } from 'axios';
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

/** baseURL + url (as axios combines them) + params; undefined and null params are left out, arrays repeat the key. */
function requestUrl(config: InternalAxiosRequestConfig): URL {
  const path = config.url ?? '';
  const url = new URL(config.baseURL && !ABSOLUTE_URL.test(path) ? `${config.baseURL.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}` : path);
  if (config.paramsSerializer) throw new Error('The undici adapter does not support paramsSerializer');
  const params = config.params instanceof URLSearchParams ? Object.fromEntries(config.params) : (config.params ?? {});
  for (const [name, value] of Object.entries(params as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, queryValue(item));
  }
  return url;
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
    const url = requestUrl(config);
    const signal = config.timeout ? AbortSignal.any([AbortSignal.timeout(config.timeout), ...(config.signal ? [config.signal as AbortSignal] : [])]) : (config.signal as AbortSignal | undefined);
    let response: AxiosResponse;
    try {
      const body = await requestBody(config.data, config.headers);
      const answer = await dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: (config.method ?? 'get').toUpperCase() as Dispatcher.HttpMethod,
        headers: config.headers.toJSON(true) as Record<string, string>,
        body,
        signal,
      });
      response = {
        status: answer.statusCode,
        statusText: STATUS_CODES[answer.statusCode] ?? '',
        headers: answer.headers as AxiosResponse['headers'],
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
