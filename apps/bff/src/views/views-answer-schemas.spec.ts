import type { ResponseObject } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { DocumentedAnswers, eventually, useBffStack } from '#test-support';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** What the views, the health probes and support records really answer conforms to their documented schemas. */
describe('Views, health and support: answers match their documented schemas', () => {
  const stack = useBffStack('bff-views-answer-schemas', { bffEnv: { VIEW_TTL_CARDHOLDER_SECONDS: '0' } });
  let answers: DocumentedAnswers;
  beforeAll(() => {
    answers = new DocumentedAnswers(stack.bff.app);
  });

  const errorsOf = async (documentedPath: string, path: string, as?: 'all' | 'acme' | null) => {
    const answer = await stack.bff.call('GET', path, as === undefined ? {} : { as });
    expect([path, answer.status]).toEqual([path, 200]);
    return answers.errors('GET', documentedPath, 200, answer.body);
  };

  it('views, whole and trimmed by ?fields', async () => {
    await stack.bff.call('POST', '/v1/wallet/cards/5002/funds', { body: { amount: 12.5, operation: 'ADD_FUNDS', channel: 'WEB', reference: `VIEW-${randomUUID()}` } });
    const cardholder = '/v1/views/partners/{partnerId}/cardholders/{cardholderId}';
    expect(await errorsOf(cardholder, '/v1/views/partners/acme/cardholders/1')).toEqual([]);
    expect(await errorsOf(cardholder, '/v1/views/partners/acme/cardholders/1?fields=cards')).toEqual([]);
    expect(await errorsOf('/v1/views/partners/{partnerId}/overview', '/v1/views/partners/acme/overview')).toEqual([]);
    expect(await errorsOf('/v1/views/partners/{partnerId}/settlements', `/v1/views/partners/acme/settlements?from=${day(-60)}&to=${day(0)}`)).toEqual([]);
    expect(await errorsOf('/v1/views/cards/{cardId}/activity', '/v1/views/cards/5002/activity?months=2')).toEqual([]);
  });

  it('reports a view without its partial-failure contract', async () => {
    const view = (await stack.bff.call('GET', '/v1/views/cards/5002/activity')).body;
    const { sources: _sources, ...withoutSources } = view;
    expect(answers.errors('GET', '/v1/views/cards/{cardId}/activity', 200, withoutSources)).toEqual(["/ must have required property 'sources'"]);
    expect(answers.errors('GET', '/v1/views/cards/{cardId}/activity', 200, { ...view, items: [{ ...view.items[0], runningTotal: 'lots' }] })).toEqual(['/items/0/runningTotal must be number']);
  });

  it('health probes and support records', async () => {
    expect(await errorsOf('/health/live', '/health/live', null)).toEqual([]);
    const ready = await eventually(async () => {
      const answer = await stack.bff.call('GET', '/health/ready', { as: null });
      return answer.status === 200 ? answer : undefined;
    });
    expect(answers.errors('GET', '/health/ready', 200, ready.body)).toEqual([]);
    // The 503 report terminus documents stays beside the 200 schema.
    expect(Object.keys((answers.document.paths['/health/ready'].get!.responses['503'] as ResponseObject).content ?? {})).toEqual(['application/json']);

    const requestId = randomUUID();
    await stack.bff.call('GET', '/v1/wallet/cards/5001', { headers: { 'x-request-id': requestId } });
    const record = await stack.bff.call('GET', `/v1/support/requests/${requestId}`, { as: 'all' });
    expect(record.status).toBe(200);
    expect(record.body.exchanges.length).toBeGreaterThan(0);
    expect(answers.errors('GET', '/v1/support/requests/{requestId}', 200, record.body)).toEqual([]);
  });
});
