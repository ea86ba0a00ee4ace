import { createMigoBffClient, JobWaitTimeout, MigoBffProblem } from '../src/index.js';

/** A fetch that notes each request and answers from `answer`. */
function recordingFetch(answer: (request: Request, index: number) => Response) {
  const requests: Request[] = [];
  const fetch = (async (input: Request) => {
    requests.push(input);
    return answer(input, requests.length - 1);
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const job = (state: string, updatedAt: string) => ({ id: 'job_1', state, updatedAt, progress: { percent: 0 } });

describe('client calls', () => {
  it('sends the API key, and an Idempotency-Key only where the document takes one: generated, or the caller’s own', async () => {
    const transport = recordingFetch(() => json({ ok: true }, 201, { 'idempotent-replayed': 'true', 'x-request-id': 'req-1' }));
    const bff = createMigoBffClient({ baseUrl: 'http://bff.test/', apiKey: 'key-1', fetch: transport.fetch });
    const body = { fromCardId: 1, toCardId: 2, amount: 3 };

    const generated = await bff.POST('/v1/wallet/cards/transfer', { body });
    const own = await bff.POST('/v1/wallet/cards/transfer', { body, headers: { 'idempotency-key': 'mine-1' } });
    const read = await bff.GET('/v1/jobs');

    expect(transport.requests.map((request) => request.headers.get('authorization'))).toEqual(['Bearer key-1', 'Bearer key-1', 'Bearer key-1']);
    expect(generated.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(transport.requests[0]!.headers.get('idempotency-key')).toBe(generated.idempotencyKey);
    expect(own.idempotencyKey).toBe('mine-1');
    expect(transport.requests[1]!.headers.get('idempotency-key')).toBe('mine-1');
    expect(read.idempotencyKey).toBeUndefined();
    expect(transport.requests[2]!.headers.get('idempotency-key')).toBeNull();
    expect(transport.requests[2]!.url).toBe('http://bff.test/v1/jobs');
    expect(generated).toMatchObject({ status: 201, replayed: true, requestId: 'req-1', data: { ok: true } });
  });

  it('throws problem+json as MigoBffProblem, and any other failure answer as one of type about:blank', async () => {
    const problem = { type: 'https://migo-bff.internal/problems/upstream-rejected', title: 'Bad Gateway', status: 502, detail: 'Migo refused', requestId: 'r-9', upstream: { service: 'wallet', status: 400, code: 'E1', message: 'no' } };
    const transport = recordingFetch((_, index) =>
      index === 0 ? new Response(JSON.stringify(problem), { status: 502, headers: { 'content-type': 'application/problem+json', 'retry-after': '3' } }) : new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'x-request-id': 'r-10' } }),
    );
    const bff = createMigoBffClient({ baseUrl: 'http://bff.test', apiKey: 'k', fetch: transport.fetch });
    const first = await bff.GET('/v1/jobs').catch((error: unknown) => error);
    expect(first).toBeInstanceOf(MigoBffProblem);
    expect(first).toMatchObject({ ...problem, errors: [], retryAfterSeconds: 3, message: '502 Bad Gateway: Migo refused' });
    const second = await bff.GET('/v1/jobs').catch((error: unknown) => error);
    expect(second).toMatchObject({ type: 'about:blank', status: 502, title: 'Bad Gateway', detail: '<html>bad gateway</html>', requestId: 'r-10' });
  });

  it('waitForJob long-polls with the updatedAt it has, until the job has finished', async () => {
    const states = [job('queued', '2026-01-01T00:00:00.000Z'), job('running', '2026-01-01T00:00:01.000Z'), job('succeeded', '2026-01-01T00:00:02.000Z')];
    const transport = recordingFetch((_, index) => json(states[index]));
    const bff = createMigoBffClient({ baseUrl: 'http://bff.test', apiKey: 'k', fetch: transport.fetch });
    await expect(bff.waitForJob('job_1', { timeoutMs: 60_000 })).resolves.toMatchObject({ state: 'succeeded' });
    const queries = transport.requests.map((request) => Object.fromEntries(new URL(request.url).searchParams));
    expect(queries).toEqual([{}, { wait: '30', since: '2026-01-01T00:00:00.000Z' }, { wait: '30', since: '2026-01-01T00:00:01.000Z' }]);
  });

  it('waitForJob gives up when its time is spent, with the job as last seen', async () => {
    const transport = recordingFetch(() => json(job('running', '2026-01-01T00:00:00.000Z')));
    const bff = createMigoBffClient({ baseUrl: 'http://bff.test', apiKey: 'k', fetch: transport.fetch });
    const error = await bff.waitForJob('job_1', { timeoutMs: 500 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JobWaitTimeout);
    expect((error as JobWaitTimeout).job).toMatchObject({ id: 'job_1', state: 'running' });
    expect(transport.requests).toHaveLength(1);
  });
});
