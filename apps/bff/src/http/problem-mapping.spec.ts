import { Redis } from 'ioredis';
import { ProblemType } from '#common';
import { problemFor } from './problem-mapping.js';

const request = { method: 'POST', url: '/v1/wallet/cards/transfer' };

/** Finding 5: a request that met Redis being away answered 500; it is 503 with Retry-After, like any outage. */
describe('problemFor: Redis unavailable', () => {
  it('answers 503 service-unavailable with Retry-After for the errors ioredis gives while Redis is down or frozen', async () => {
    // A real client to a port nobody listens on, with the BFF's request-path options: it fails at once.
    const client = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
    const offline = await client.get('x').catch((error: unknown) => error);
    client.disconnect();
    const timedOut = new Error('Command timed out');
    const loading = Object.assign(new Error('LOADING Redis is loading the dataset in memory'), { name: 'ReplyError' });
    for (const error of [offline, timedOut, loading]) {
      expect(problemFor(error, request)).toEqual({
        problem: { type: ProblemType.serviceUnavailable, title: 'Service unavailable', status: 503, detail: expect.stringMatching(/Redis/) },
        headers: { 'retry-after': expect.stringMatching(/^\d+$/) },
      });
    }
  });

  it('still answers 500 for a command Redis refused (a bug, not an outage)', () => {
    const wrongType = Object.assign(new Error('WRONGTYPE Operation against a key holding the wrong kind of value'), { name: 'ReplyError' });
    expect(problemFor(wrongType, request).problem.status).toBe(500);
  });
});
