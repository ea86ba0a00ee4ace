/** One dispatched block of an event stream: its fields as sent (`data` lines joined by newlines). */
export interface ServerSentMessage {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
}

/**
 * Reads an event stream (text/event-stream) block by block: lines end in LF, CRLF or CR; comment lines (keep-alives)
 * are skipped; a block that only carries `retry:` is still yielded, so the caller learns how long to wait.
 */
export async function* readServerSentMessages(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let message: ServerSentMessage = {};
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      // A CR at the end of a chunk may be the first half of a CRLF: it waits for the next chunk.
      const held = !done && buffer.endsWith('\r') ? '\r' : '';
      const lines = buffer.slice(0, buffer.length - held.length).split(/\r\n|\n|\r/);
      buffer = (done ? '' : (lines.pop() ?? '')) + held;
      for (const line of lines) {
        if (line === '') {
          if (Object.keys(message).length > 0) yield message;
          message = {};
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'data') message.data = message.data === undefined ? value : `${message.data}\n${value}`;
        else if (field === 'id') message.id = value;
        else if (field === 'event') message.event = value;
        else if (field === 'retry' && /^\d+$/.test(value)) message.retry = Number(value);
      }
      if (done) return;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
