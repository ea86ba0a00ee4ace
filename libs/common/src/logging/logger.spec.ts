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

  it('writes lines with nothing to redact as they are, and still scrubs errors and messages', async () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const logger = createLogger({ name: 'test', level: 'info', destination });
    const fields = { requestId: 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6', method: 'GET', route: '/v1/wallet/cards/:cardId', status: 200, durationMs: 1.5, at: '2026-11-29T11:46:57.000Z' };
    logger.info(fields, 'request completed');
    logger.error({ err: new Error('charge on 4111 1111 1111 1111 failed') }, 'request failed for Bearer abcdefghijkl');
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(lines[0])).toMatchObject({ ...fields, msg: 'request completed' });
    expect(JSON.parse(lines[1]).msg).toBe('request failed for Bearer [REDACTED]');
    expect(lines[1]).toContain('[PAN …1111]');
    expect(lines[1]).not.toContain('4111 1111');
  });

  it('is human-readable in a terminal or with LOG_FORMAT=pretty, JSON lines otherwise', () => {
    expect(wantsPrettyLogs('auto', true)).toBe(true);
    expect(wantsPrettyLogs('auto', false)).toBe(false);
    expect(wantsPrettyLogs('pretty', false)).toBe(true);
    expect(wantsPrettyLogs('json', true)).toBe(false);
  });
});
