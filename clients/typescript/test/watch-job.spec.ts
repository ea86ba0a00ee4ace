import { createMigoBffClient, MigoBffProblem, type JobStreamEvent } from '../src/index.js';

const job = (state: string, processed: number) => ({ id: 'j1', state, progress: { percent: processed * 10, processed, total: 10 } });
const frame = (id: string, event: string, data: unknown) => `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** Answers each connection with the next script: text chunks for an event stream, or a problem answer. */
function scriptedStreams(scripts: Array<{ chunks: string[]; fail?: boolean } | { status: number; problem: Record<string, unknown> }>) {
  const seen: Array<string | null> = [];
  const fetch = (async (_url: string, init?: RequestInit) => {
    seen.push(new Headers(init?.headers).get('last-event-id'));
    const script = scripts.shift();
    if (!script) throw new TypeError('no more scripted connections');
    if ('status' in script) return new Response(JSON.stringify(script.problem), { status: script.status, headers: { 'content-type': 'application/problem+json' } });
    const encoder = new TextEncoder();
    const chunks = [...script.chunks];
    // Pulled one read at a time: erroring a stream drops what is still queued in it.
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const chunk = chunks.shift();
          if (chunk !== undefined) controller.enqueue(encoder.encode(chunk));
          else if (script.fail) controller.error(new TypeError('socket hang up'));
          else controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

async function collect(events: AsyncIterable<JobStreamEvent>): Promise<JobStreamEvent[]> {
  const all: JobStreamEvent[] = [];
  for await (const event of events) all.push(event);
  return all;
}

describe('watchJob', () => {
  it('parses events split anywhere (CRLF, comments, multi-line data) and resumes after a drop and after retry: with Last-Event-ID', async () => {
    const first = frame('1-0.1', 'snapshot', job('running', 1)) + ': keep-alive\n\n' + frame('2-0', 'job', job('running', 2)).replace(/\n/g, '\r\n');
    const streams = scriptedStreams([
      { chunks: [first.slice(0, 7), first.slice(7, 60), first.slice(60, -1), `${first.slice(-1)}id: 3-0\nevent: job\ndata: {"id":"j1",\ndata: "state":"running","progress":{"percent":30,"processed":3}}\n\n`], fail: true },
      { chunks: ['retry: 5\n\n', frame('4-0', 'job', job('running', 4))] },
      { chunks: [frame('5-0', 'job', job('succeeded', 10)), frame('5-0.1', 'end', { reason: 'job finished' }), frame('6-0', 'job', job('succeeded', 10))] },
    ]);
    const bff = createMigoBffClient({ baseUrl: 'http://bff.test', apiKey: 'k', fetch: streams.fetch });
    const events = await collect(bff.watchJob('j1'));
    expect(events.map((event) => [event.id, event.event])).toEqual([
      ['1-0.1', 'snapshot'],
      ['2-0', 'job'],
      ['3-0', 'job'],
      ['4-0', 'job'],
      ['5-0', 'job'],
      ['5-0.1', 'end'],
    ]);
    expect(events[2]).toMatchObject({ data: { progress: { processed: 3 } } });
    expect(streams.seen).toEqual([null, '3-0', '4-0']);
  });

  it('throws a refusal at once as MigoBffProblem, without reconnecting', async () => {
    const streams = scriptedStreams([{ status: 404, problem: { type: 'https://migo-bff.internal/problems/not-found', title: 'Not Found', status: 404, detail: 'No job j1', requestId: 'r1' } }]);
    const bff = createMigoBffClient({ baseUrl: 'http://bff.test', apiKey: 'k', fetch: streams.fetch });
    const error = await collect(bff.watchJob('j1', { lastEventId: '9-0' })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigoBffProblem);
    expect(error).toMatchObject({ status: 404, detail: 'No job j1', requestId: 'r1' });
    expect(streams.seen).toEqual(['9-0']);
  });

  it('gives up after maxReconnects connections in a row that bring nothing, with the last cause', async () => {
    const streams = scriptedStreams([{ chunks: ['retry: 1\n\n'] }, { status: 503, problem: { title: 'Service Unavailable', status: 503 } }, { chunks: ['retry: 1\n\n'], fail: true }]);
    const bff = createMigoBffClient({ baseUrl: 'http://bff.test', apiKey: 'k', fetch: streams.fetch });
    const reconnects: number[] = [];
    const error = await collect(bff.watchJob('j1', { maxReconnects: 2, onReconnect: ({ inMs }) => reconnects.push(inMs) })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect(streams.seen).toHaveLength(3);
    expect(reconnects).toEqual([1, 1000]);
  });

  it('stops when the caller aborts, and when the caller stops iterating', async () => {
    const controller = new AbortController();
    const streams = scriptedStreams([{ chunks: [frame('1-0.1', 'snapshot', job('running', 1))] }, { chunks: [] }]);
    const bff = createMigoBffClient({ baseUrl: 'http://bff.test', apiKey: 'k', fetch: streams.fetch });
    const events: JobStreamEvent[] = [];
    const aborted = (async () => {
      for await (const event of bff.watchJob('j1', { signal: controller.signal })) {
        events.push(event);
        controller.abort(new Error('caller left'));
      }
    })();
    await expect(aborted).rejects.toThrow('caller left');
    expect(events).toHaveLength(1);

    const again = scriptedStreams([{ chunks: [frame('1-0.1', 'snapshot', job('running', 1)), frame('2-0', 'job', job('running', 2))] }]);
    for await (const event of createMigoBffClient({ baseUrl: 'http://bff.test', apiKey: 'k', fetch: again.fetch }).watchJob('j1')) {
      expect(event.event).toBe('snapshot');
      break;
    }
    expect(again.seen).toHaveLength(1);
  });
});
