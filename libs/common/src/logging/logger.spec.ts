import { Writable } from 'node:stream';
import { runWithRequestContext } from '../context/request-context.js';
import { createLogger, wantsPrettyLogs } from './logger.js';

describe('createLogger', () => {
  it('writes JSON lines with the request id and without secrets or card numbers', async () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const logger = createLogger({ name: 'test', level: 'info', destination });
    runWithRequestContext({ requestId: 'req-42', appName: 'console' }, () => {
      logger.info({ headers: { authorization: 'Bearer secret-token-value' }, body: { card: '4111111111111111', pin: '1234' } }, 'linked card 4111111111111111');
    });
    await new Promise((resolve) => setImmediate(resolve));
    const written = lines.join('');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ requestId: 'req-42', app: 'console', level: 'info', msg: 'linked card [PAN …1111]' });
    expect(written).not.toContain('secret-token-value');
    expect(written).not.toContain('4111111111111111');
    expect(written).not.toContain('"1234"');
  });

  it('is human-readable in a terminal or with LOG_FORMAT=pretty, JSON lines otherwise', () => {
    expect(wantsPrettyLogs('auto', true)).toBe(true);
    expect(wantsPrettyLogs('auto', false)).toBe(false);
    expect(wantsPrettyLogs('pretty', false)).toBe(true);
    expect(wantsPrettyLogs('json', true)).toBe(false);
  });
});
