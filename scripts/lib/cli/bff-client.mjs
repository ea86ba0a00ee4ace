// What the command-line client needs from the BFF: where it is, the API key, JSON calls and an SSE reader.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** BFF_URL / BFF_API_KEY, defaulting to the local stack `npm start` runs and the demo key it created in .local/. */
export function connection(root, env = process.env) {
  const url = (env.BFF_URL ?? `http://127.0.0.1:${env.BFF_PORT ?? '3000'}`).replace(/\/$/, '');
  const secrets = join(root, '.local/dev-secrets.json');
  const key = env.BFF_API_KEY ?? (existsSync(secrets) ? JSON.parse(readFileSync(secrets, 'utf8')).demoApiKey : undefined);
  if (!key) throw new CliError('No API key: set BFF_API_KEY (or run `npm start` once, which creates a demo key).', 2);
  return { url, key };
}

export class CliError extends Error {
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

async function problemOf(response) {
  const text = await response.text();
  try {
    const problem = JSON.parse(text);
    return `${response.status} ${problem.title ?? ''}: ${problem.detail ?? text}`.trim();
  } catch {
    return `${response.status} ${text.slice(0, 200)}`;
  }
}

export async function getJson({ url, key }, path) {
  let response;
  try {
    response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${key}`, accept: 'application/json' } });
  } catch (error) {
    throw new CliError(`Cannot reach the BFF at ${url} (${error.cause?.code ?? error.message}). Is \`npm start\` running?`, 2);
  }
  if (!response.ok) throw new CliError(await problemOf(response), 2);
  return response.json();
}

/**
 * Reads one SSE connection, calling `onEvent({id, event, data})` per event. Resolves with the `retry:` hint the
 * server sent (if any) when the stream ends.
 */
export async function readEventStream({ url, key }, path, { lastEventId, onEvent, signal }) {
  const headers = { authorization: `Bearer ${key}`, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) };
  const response = await fetch(`${url}${path}`, { headers, signal });
  if (!response.ok) throw new CliError(await problemOf(response), 2);
  const decoder = new TextDecoder();
  let buffer = '';
  let retryMs;
  for await (const chunk of response.body) {
    buffer += decoder.decode(chunk, { stream: true });
    let boundary;
    while ((boundary = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const event = { data: [] };
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon === 0) continue; // a comment (keep-alive)
        const [field, value] = colon < 0 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1).replace(/^ /, '')];
        if (field === 'retry' && /^\d+$/.test(value)) retryMs = Number(value);
        else if (field === 'id') event.id = value;
        else if (field === 'event') event.event = value;
        else if (field === 'data') event.data.push(value);
      }
      if (event.data.length > 0) onEvent({ id: event.id, event: event.event ?? 'message', data: JSON.parse(event.data.join('\n')) });
    }
  }
  return { retryMs };
}
