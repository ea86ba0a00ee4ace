import { parseUpstreamBody } from './envelope.js';

describe('parseUpstreamBody — every shape Migo documents', () => {
  it.each([
    ['CustomResponse', { success: true, message: 'ok', data: { id: 1 } }, { id: 1 }],
    ['Quick Start statusCode variant', { statusCode: 200, message: 'ok', data: { accessToken: 'a' } }, { accessToken: 'a' }],
    ['terminal payment variant', { success: true, status: 201, message: 'terminal payment created successfully.', data: { id: 34, subtotal: '10' } }, { id: 34, subtotal: '10' }],
    ['CMS login without message', { success: true, data: { id: 1 } }, { id: 1 }],
    ['payload beside envelope keys (CSV trackingId)', { success: true, message: 'File received...', trackingId: 'V1StGXR8_Z5jdHi6B-myT' }, { trackingId: 'V1StGXR8_Z5jdHi6B-myT' }],
    ['raw payment link', { uid: 'trx_1', reference: 'ACME0001SB', URL: 'https://x/?orderId=trx_1' }, { uid: 'trx_1', reference: 'ACME0001SB', URL: 'https://x/?orderId=trx_1' }],
    ['plain text OK', 'OK', 'OK'],
    ['dismiss JSON', { message: 'Transaction cancelled', transaction: { uid: 'trx_1', status: 'CANCELLED' } }, { message: 'Transaction cancelled', transaction: { uid: 'trx_1', status: 'CANCELLED' } }],
    ['null data', { success: true, data: null }, null],
    ['empty body', null, null],
  ])('%s', (_name, body, expected) => {
    expect(parseUpstreamBody(200, body)).toEqual({ ok: true, data: expected });
  });

  it('keeps unknown fields of the payload (clients must ignore them, not lose them)', () => {
    expect(parseUpstreamBody(200, { success: true, data: { id: 1, newField: 'x' }, extra: true })).toEqual({ ok: true, data: { id: 1, newField: 'x' } });
  });

  it('reads the documented error envelope', () => {
    expect(parseUpstreamBody(404, { success: false, message: 'Validation failed', errors: [{ code: '7100', message: 'User not found in the system.' }] })).toEqual({
      ok: false,
      code: '7100',
      message: 'User not found in the system.',
      details: [{ code: '7100', field: undefined, message: 'User not found in the system.' }],
    });
  });

  it('reads the terminal payment error shape', () => {
    expect(parseUpstreamBody(400, { statusCode: 400, message: 'Validation failed', error: { code: '7000', name: 'CHECK_PARAMETERS', detail: 'subtotal must be positive' } })).toMatchObject({
      ok: false,
      code: '7000',
      message: 'subtotal must be positive',
    });
  });

  it('reads a Middleware ownCode error', () => {
    expect(parseUpstreamBody(409, { success: false, ownCode: 4020, message: 'Transaction status is not eligible' })).toMatchObject({ ok: false, code: '4020', message: 'Transaction status is not eligible' });
  });

  it('treats success:false on a 2xx as a failure', () => {
    expect(parseUpstreamBody(200, { success: false, message: 'nope' })).toMatchObject({ ok: false, message: 'nope' });
  });

  it('survives an edge HTML or text error page', () => {
    expect(parseUpstreamBody(502, '<html>Bad Gateway</html>', 'Bad Gateway')).toMatchObject({ ok: false, message: '<html>Bad Gateway</html>' });
    expect(parseUpstreamBody(503, { message: 'Service Unavailable' })).toMatchObject({ ok: false, message: 'Service Unavailable' });
  });
});
