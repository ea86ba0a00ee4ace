import { cardNumberRuns, isCardNumberLike, REDACTED, redact, redactionMayChange, redactText, redactUrl } from './redaction.js';

describe('redaction rules', () => {
  it('removes credentials by key, whatever the case or separator', () => {
    const input = {
      headers: { Authorization: 'Bearer abc.def.ghi', 'x-user-token': 'Bearer zzz', 'X-Api-Key': 'k', accept: 'application/json' },
      body: { password: 'p', confirm_password: 'p', refreshToken: 'r', privateKey: 'pk', signature: 's', otp: '123456', pin: '1234', cvv: '123' },
    };
    const out = redact(input);
    expect(out.headers).toEqual({ Authorization: REDACTED, 'x-user-token': REDACTED, 'X-Api-Key': REDACTED, accept: 'application/json' });
    expect(Object.values(out.body).every((v) => v === REDACTED)).toBe(true);
  });

  it('removes CMS operator session handles: the X-Cms-Session header and the login answer\'s session field', () => {
    const out = redact({ headers: { 'X-Cms-Session': 'h4ndle' }, body: { session: 'h4ndle', operator: { email: 'ops@acme.test' } } });
    expect(out).toEqual({ headers: { 'X-Cms-Session': REDACTED }, body: { session: REDACTED, operator: { email: 'ops@acme.test' } } });
  });

  it('removes the link-card PAN field and masks PANs in free text', () => {
    expect(redact({ card: '4111111111111111', alias: 'x' })).toEqual({ card: REDACTED, alias: 'x' });
    expect(redactText('charge on 4111 1111 1111 1111 failed')).toBe('charge on [PAN …1111] failed');
    expect(redactText('card 5500-0000-0000-0004 declined')).toBe('card [PAN …0004] declined');
    // Request ids are UUIDs; this one holds a Luhn-valid 14-digit run and must come through whole.
    expect(redactText('request 28412a0a-903e-4279-9494-383430cbabfc done')).toBe('request 28412a0a-903e-4279-9494-383430cbabfc done');
    expect(redactText('pan:4111111111111111.')).toBe('pan:[PAN …1111].');
    expect(redactText('4111 1111-1111 1111, 2025-11-21T04:37:58.972Z')).toBe('[PAN …1111], 2025-11-21T04:37:58.972Z');
  });

  it('leaves ordinary long numbers alone (not Luhn-valid, or phone numbers and document ids)', () => {
    expect(redactText('document 2345678900101 phone 50255550101')).toBe('document 2345678900101 phone 50255550101');
    expect(redactText('order 1234567890123')).toBe('order 1234567890123');
  });

  it('masks every 12+ digit run in a URL, Luhn-valid or not, in the path and the query', () => {
    expect(redactUrl('/v1/middleware/suspensions/4111111111111111?client=acme')).toBe('/v1/middleware/suspensions/[PAN …1111]?client=acme');
    expect(redactUrl('/v1/middleware/bins/lookup?bin=411111111112&cardNumber=4111-1111-1111-1111')).toBe('/v1/middleware/bins/lookup?bin=[PAN …1112]&cardNumber=[PAN …1111]');
    expect(redactUrl('/x?q=4111%201111%201111%201111&p=4111+1111+1111+1111&n=4111+1111')).toBe('/x?q=[PAN …1111]&p=[PAN …1111]&n=4111+1111');
    expect(redactUrl('/x/41111111111111111111111')).toBe('/x/[PAN …1111]');
  });

  it('leaves ordinary URLs whole: short ids, dates, UUIDs', () => {
    for (const url of ['/v1/cards/5001/transfers/11/2026?from=2026-11-01', '/v1/support/requests/28412a0a-903e-4279-9494-383430cbabfc', '/v1/middleware/transactions/trx_5eed00000001', '/x?bin=41111111']) {
      expect(redactUrl(url)).toBe(url);
    }
  });

  it('masks bearer tokens and PEM blocks inside text', () => {
    expect(redactText('sent Authorization: Bearer eyJhbGciOi.payload.sig')).toBe('sent Authorization: Bearer [REDACTED]');
    // Assembled here so no PEM block is committed, even a fake one.
    const pem = ['-----BEGIN', 'PRIVATE KEY-----\nMC4CAQ\n-----END', 'PRIVATE KEY-----'].join(' ');
    expect(redactText(`key ${pem} end`)).toBe('key [REDACTED PEM] end');
  });

  it('walks arrays, errors and cycles without throwing', () => {
    const cyclic: Record<string, unknown> = { list: [{ token: 't' }, 'x 4111111111111111'] };
    cyclic.self = cyclic;
    const out = redact(cyclic) as Record<string, unknown>;
    expect(out.list).toEqual([{ token: REDACTED }, 'x [PAN …1111]']);
    expect(out.self).toBe('[Circular]');
    expect(redact(new Error('bad card 4111111111111111'))).toMatchObject({ message: 'bad card [PAN …1111]' });
  });

  it('masks the shortest card numbers and bearer tokens exactly at the length below which text is skipped', () => {
    // 13 digits, Luhn-valid (the shortest PAN length), and "Bearer " + 8 characters: both must still be caught.
    expect(redactText('4222222222222')).toBe('[PAN …2222]');
    expect(redactText('Bearer abcdefgh')).toBe('Bearer [REDACTED]');
    expect(redactText('422222222222')).toBe('422222222222');
  });

  it('catches a bearer token whatever its case, and a PAN whose digits are spread by separators', () => {
    expect(redactText('header BEARER abcdefgh1234')).toBe('header BEARER [REDACTED]');
    expect(redactText('x 4111-1111 1111-1111 y')).toBe('x [PAN …1111] y');
  });

  it('keeps judging keys right after it has seen more distinct keys than it remembers', () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`field${i}`, i]));
    expect(redact(many).field4999).toBe(4999);
    expect(redact({ Pass_Word: 'p', passWord: 'p', note: 'n' })).toEqual({ Pass_Word: REDACTED, passWord: REDACTED, note: 'n' });
  });

  it('says when redact could change what a value serializes to, so callers that only need JSON can skip the copy', () => {
    class Dto {
      amount = 5;
      note = 'hello';
    }
    const deep = JSON.parse('{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":1}}}}}}}}}');
    const unchanged = [
      { cardId: 5001, alias: 'Nómina', createdAt: '2025-11-21T04:37:58.972Z', tags: ['a', 'b'], nested: { ok: true, n: null } },
      [1, 'two', { three: 3 }],
      { reference: 'trx_ab12cd34ef-payment link' },
      new Dto(),
      { when: new Date(0) },
      'short text',
      42,
    ];
    for (const value of unchanged) {
      expect(redactionMayChange(value)).toBe(false);
      expect(JSON.stringify(redact(value))).toBe(JSON.stringify(value));
    }
    const changed = [
      { Authorization: 'Bearer abc.def.ghi' },
      { list: [{ cvv: '123' }] },
      { note: 'card 4111 1111 1111 1111' },
      { note: 'send Bearer abcdefghijk' },
      JSON.parse('{"__proto__":{"x":1}}'),
      deep,
      { error: new Error('boom') },
      { boxed: new String('text') },
      { custom: { toJSON: () => 'x' } },
    ];
    for (const value of changed) expect(redactionMayChange(value)).toBe(true);
    // Conservative, never wrong: a long digit run that is no PAN still takes the copy, which leaves it as it is.
    expect(redactionMayChange({ id: '1234567890123456789012' })).toBe(true);
    expect(redactionMayChange({ requestId: '28412a0a-903e-4279-9494-383430cbabfc' })).toBe(true); // 4279-9494-383430
    expect(redactionMayChange({ at: '2025-11-21T04:37:58.972Z', amount: '1,520.50 GTQ', phone: '+502 5555-1234' })).toBe(false);
  });
});

describe('card-number-like values', () => {
  it('tells a whole value typed like a card number from references, ids and short numbers', () => {
    expect(['4111111111111111', '4111 1111 1111 1111', '4111-1111-1111-1111', '378282246310005'].every(isCardNumberLike)).toBe(true);
    expect(['trx_4111111111111111', '12345678901', '41111111111111111111', '4111  1111 1111 1111', ''].some(isCardNumberLike)).toBe(false);
  });

  it('finds the runs inside a value as bare digits', () => {
    expect(cardNumberRuns('call +502 5555-0123 or card 4111 1111 1111 1111')).toEqual(['4111111111111111']);
    expect(cardNumberRuns('DPI 2345678900108')).toEqual(['2345678900108']);
    expect(cardNumberRuns('no digits here')).toEqual([]);
  });
});
