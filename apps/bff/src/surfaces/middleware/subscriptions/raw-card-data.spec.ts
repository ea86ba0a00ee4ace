import { randomUUID } from 'node:crypto';
import { panEnding } from '#test-support';
import { linkBody, MiddlewareStack, startMiddlewareStack } from '../testing/middleware-stack.js';

const VERIFY = 'POST /mw/v1/subscriptions/verify-card';
const pan = panEnding('4417');
const CVV = '8317';

/** verify-card takes the processor's token; raw card data only behind ALLOW_RAW_CARD_DATA, and is never kept. */
describe.each([
  ['off (the default)', {}],
  ['on', { ALLOW_RAW_CARD_DATA: 'true' }],
])('BFF verify-card with ALLOW_RAW_CARD_DATA %s', (label, env) => {
  const rawAllowed = label === 'on';
  let stack: MiddlewareStack;
  beforeAll(async () => {
    stack = await startMiddlewareStack(`bff-raw-card-${rawAllowed ? 'on' : 'off'}`, env);
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.reset());

  const verify = async (cardInfo: Record<string, unknown>, requestId = randomUUID()) => {
    const uid = (await stack.bff.call('POST', '/v1/middleware/transactions', { as: 'acme', body: linkBody() })).body.upstream.uid as string;
    const answer = await stack.bff.call('POST', '/v1/middleware/v1/subscriptions/verify-card', {
      as: 'acme',
      body: { uid, processor: 'fac-2', cardInfo, shouldCreateSubscription: true, planUid: 'pln_basico' },
      headers: { 'x-request-id': requestId },
    });
    return { answer, requestId };
  };

  it('accepts the tokenized card (token + last4) and creates the subscription', async () => {
    const { answer } = await verify({ token: 'tok_proc_7781', last4: '7781', brand: 'visa' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ verified: true, card: { last4: '7781', brand: 'visa' }, subscription: { status: 'active', client: 'acme' } });
  });

  it(rawAllowed ? 'accepts a raw PAN and CVV, which neither logs nor support records keep' : 'refuses a raw PAN and CVV (400 problem+json naming the fields), reaching no upstream and keeping none of it', async () => {
    const before = await stack.upstreamCalls(VERIFY);
    const { answer, requestId } = await verify({ cardNumber: pan, cvv: CVV, expirationMonth: 12, expirationYear: 2099 });
    if (rawAllowed) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ verified: true, card: { last4: '4417' } });
      expect(await stack.upstreamCalls(VERIFY)).toBe(before + 1);
      const support = await stack.bff.call('GET', `/v1/support/requests/${requestId}`, { as: 'acme' });
      expect(support.status).toBe(200);
      expect(support.text).toContain('verify-card'); // the exchange is there…
      expect(support.text).not.toContain(pan); // …without the card
      expect(support.text).not.toContain(CVV);
    } else {
      expect(answer.status).toBe(400);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body.detail).toMatch(/tokenized by the processor.*ALLOW_RAW_CARD_DATA/);
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(['cardInfo.cardNumber', 'cardInfo.cvv']);
      expect(await stack.upstreamCalls(VERIFY)).toBe(before);
      expect((await stack.bff.call('GET', `/v1/support/requests/${requestId}`, { as: 'acme' })).status).toBe(404); // nothing recorded
    }
    expect(answer.text).not.toContain(pan);
    expect(answer.text).not.toContain(CVV);
    const logs = stack.bff.logLines.join('');
    expect(logs).toContain(requestId); // the request was logged…
    expect(logs).not.toContain(pan); // …without the card
    expect(logs).not.toContain(`"${CVV}"`);
  });
});
