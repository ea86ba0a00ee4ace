import { bffStatusFor, UpstreamError } from './upstream-error.js';

const response = (status: number) => new UpstreamError('wallet', 'response', 'x', status);

describe('bffStatusFor', () => {
  it.each([
    [response(400), 400],
    [response(404), 404],
    [response(409), 409],
    [response(422), 422],
    [response(405), 422],
    [response(403), 403],
    [response(401), 502],
    [response(429), 503],
    [response(500), 502],
    [response(502), 502],
    [response(503), 503],
    [response(504), 504],
    [new UpstreamError('cms', 'timeout', 'x'), 504],
    [new UpstreamError('cms', 'network', 'x'), 502],
    [new UpstreamError('cms', 'unauthorized', 'x', 401), 502],
    [new UpstreamError('cms', 'circuit-open', 'x'), 503],
  ])('%s → %d', (error, status) => {
    expect(bffStatusFor(error)).toBe(status);
  });

  it('marks only timeouts, network errors, 429 and 502–504 as transient', () => {
    expect([response(429), response(502), response(503), response(504)].every((e) => e.transient)).toBe(true);
    expect([response(400), response(500), response(409)].some((e) => e.transient)).toBe(false);
  });
});
