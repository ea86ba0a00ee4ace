/** A small SSE reader for tests: collects parsed events until `stop` returns true, the stream ends, or a timeout. */
export interface ReceivedEvent {
  id?: string;
  event?: string;
  data: any;
}

export async function readEvents(
  url: string,
  headers: Record<string, string>,
  options: { until?: (event: ReceivedEvent, all: ReceivedEvent[]) => boolean; timeoutMs?: number; onOpen?: () => void } = {},
): Promise<{ status: number; events: ReceivedEvent[]; contentType: string | null }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15000);
  const events: ReceivedEvent[] = [];
  let status = 0;
  let contentType: string | null = null;
  try {
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
    status = response.status;
    contentType = response.headers.get('content-type');
    if (!response.ok || !response.body) return { status, events, contentType };
    options.onOpen?.();
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let boundary: number;
      while ((boundary = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const event: Partial<ReceivedEvent> = {};
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('id: ')) event.id = line.slice(4);
          else if (line.startsWith('event: ')) event.event = line.slice(7);
          else if (line.startsWith('data: ')) data.push(line.slice(6));
        }
        if (data.length === 0) continue;
        const parsed = { ...event, data: JSON.parse(data.join('\n')) } as ReceivedEvent;
        events.push(parsed);
        if (options.until?.(parsed, events)) {
          controller.abort();
          return { status, events, contentType };
        }
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
  }
  return { status, events, contentType };
}

/** Polls until `check` returns a value, failing after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
