import { Readable } from 'node:stream';
import { parseSse } from './parse-sse.js';

async function collect(chunks: string[]) {
  const out = [];
  for await (const message of parseSse(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push(message);
  return out;
}

describe('parseSse', () => {
  it('parses unnamed data frames split across chunks', async () => {
    expect(await collect(['data: {"batchId":"b', 'at_1"}\n', '\ndata: {"n":2}\n\n'])).toEqual([
      { id: undefined, event: undefined, data: '{"batchId":"bat_1"}', retry: undefined },
      { id: undefined, event: undefined, data: '{"n":2}', retry: undefined },
    ]);
  });

  it('reads id, event, retry and multi-line data, ignores comments, handles CRLF', async () => {
    expect(await collect([': keep-alive\r\n\r\nid: 7-0\r\nevent: job\r\nretry: 2000\r\ndata: a\r\ndata: b\r\n\r\n'])).toEqual([{ id: '7-0', event: 'job', data: 'a\nb', retry: 2000 }]);
  });

  it('drops an unfinished message when the stream ends (a cut connection)', async () => {
    expect(await collect(['data: {"done":false}\n\n', 'data: {"partial'])).toHaveLength(1);
  });
});
