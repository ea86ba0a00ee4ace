import axios from 'axios';
import type { AxiosInstance } from 'axios';
import type { Dispatcher } from 'undici';
import { undiciAdapter } from './undici-adapter.js';

/**
 * What the instance keeps of axios's defaults. Axios merges every request's config with the defaults, key by key and
 * header group by header group, which cost ~35 µs per call with the stock set (a no-op adapter: ~85 → ~50 µs). The
 * rest only feeds parts this client never runs: XSRF (browsers), size limits and `env` (its Node http adapter),
 * `transitional` (its JSON guessing), a default `timeout` (UpstreamHttp aborts with a signal), default Accept and
 * Content-Type headers (UpstreamHttp sets both).
 */
const KEPT_DEFAULTS = new Set(['adapter', 'transformRequest', 'transformResponse', 'headers']);

/**
 * The axios instance behind the BFF's and worker's HttpService: requests go out through undici's pools, bodies arrive
 * already encoded (`encodeRequestBody`) and answers leave as bytes for UpstreamHttp to decode, so axios transforms
 * neither.
 */
export function upstreamAxios(dispatcher: Dispatcher): AxiosInstance {
  const instance = axios.create({ adapter: undiciAdapter(dispatcher), transformRequest: [], transformResponse: [] });
  const defaults = instance.defaults as unknown as Record<string, unknown>;
  for (const key of Object.keys(defaults)) if (!KEPT_DEFAULTS.has(key)) delete defaults[key];
  defaults.headers = {};
  return instance;
}
