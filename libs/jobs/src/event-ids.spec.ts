import { compareEventIds, EventCursor, formatEventId, parseEventId } from './event-ids.js';

describe('SSE event ids', () => {
  it('parses stream ids and the BFF’s own ids, and refuses anything else', () => {
    expect(parseEventId('1700000000000-3')).toEqual({ stream: '1700000000000-3', sent: 0 });
    expect(parseEventId('1700000000000-3.2')).toEqual({ stream: '1700000000000-3', sent: 2 });
    for (const bad of [undefined, '', 'abc', '1-2-3', '1-2.', '1-2.x', '-1-2', '1-2.3.4']) expect(parseEventId(bad)).toBeUndefined();
    expect(formatEventId({ stream: '5-0', sent: 0 })).toBe('5-0');
    expect(formatEventId({ stream: '5-0', sent: 3 })).toBe('5-0.3');
  });

  it('orders by stream position, then by the BFF’s own events at it', () => {
    const ids = ['9-0', '10-0', '10-0.1', '10-0.2', '10-1', '11-0.1'];
    expect([...ids].reverse().sort(compareEventIds)).toEqual(ids);
  });

  it('gives every event of a connection its own id, increasing, the end after a snapshot of a finished job included', () => {
    const cursor = new EventCursor();
    const sent = [cursor.own('20-0'), cursor.own('20-0')]; // snapshot of a finished job, then its end
    expect(sent).toEqual(['20-0.1', '20-0.2']);
    expect(cursor.pass('20-0')).toBe(false); // an event the snapshot already holds
    expect(cursor.pass('21-0')).toBe(true);
    sent.push('21-0', cursor.own('21-0')); // a terminal job event, then its end
    expect(sent.at(-1)).toBe('21-0.1');
    for (let i = 1; i < sent.length; i++) expect(compareEventIds(sent[i - 1], sent[i])).toBeLessThan(0);
  });

  it('resumed from one of its own ids, never sends that id or a lower one again, even when the stream lost its history', () => {
    const cursor = new EventCursor(parseEventId('30-0.2'));
    expect(cursor.pass('30-0')).toBe(false);
    expect(cursor.own('0-0')).toBe('30-0.3'); // the stream is gone: its newest id reads 0-0
    expect(cursor.own('30-0')).toBe('30-0.4');
  });
});
