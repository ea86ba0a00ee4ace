import type { Readable } from 'node:stream';

export interface SseMessage {
  id?: string;
  event?: string;
  data: string;
  retry?: number;
}

/**
 * Parses a text/event-stream (WHATWG rules: `field: value` lines, blank line dispatches, `:` comments ignored,
 * multi-line data joined with "\n"). Yields each dispatched message; ends when the stream ends.
 */
export async function* parseSse(stream: Readable | AsyncIterable<Uint8Array | string>): AsyncGenerator<SseMessage> {
  const decoder = new TextDecoder();
  let buffer = '';
  let message: { id?: string; event?: string; data: string[]; retry?: number } = { data: [] };
  const dispatch = function* () {
    if (message.data.length > 0) yield { id: message.id, event: message.event, data: message.data.join('\n'), retry: message.retry };
    message = { data: [] };
  };
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    buffer += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
      if (line === '') {
        yield* dispatch();
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon >= 0 ? line.slice(0, colon) : line;
      const value = colon >= 0 ? line.slice(colon + 1).replace(/^ /, '') : '';
      if (field === 'data') message.data.push(value);
      else if (field === 'event') message.event = value;
      else if (field === 'id' && !value.includes('\0')) message.id = value;
      else if (field === 'retry' && /^\d+$/.test(value)) message.retry = Number(value);
    }
  }
}
