import { apiKeysJson, generateDemoSecrets, readEvents, spawnBff, spawnSimulator, spawnWorker, StackProcess, testRedis, TestRedis } from '#test-support';
import { matrixCases, MatrixApp, MatrixCase, Operation, operationKey } from './isolation-matrix.js';
import { leaksIn, NOWHERE, PartnerWorld, RECOGNIZABLE, SEEDED } from './partner-worlds.js';
import { MatrixRequest, ROUTE_REQUESTS, settlementRange } from './route-requests.js';

const SURFACE_SCOPES = ['wallet:*', 'cms:*', 'middleware:*', 'migration:read', 'jobs:read'];
const APPS: MatrixApp[] = [
  { name: 'every', key: 'matrix-key-every-0001', scopes: ['*'], partners: ['*'] },
  { name: 'acmeOnly', key: 'matrix-key-acme-0002', scopes: SURFACE_SCOPES, partners: ['acme'] },
  { name: 'globexOnly', key: 'matrix-key-globex-0003', scopes: SURFACE_SCOPES, partners: ['globex'] },
  { name: 'readOnly', key: 'matrix-key-read-0004', scopes: ['wallet:read', 'cms:read', 'middleware:read', 'migration:read', 'jobs:read'], partners: ['*'] },
  { name: 'jobsOnly', key: 'matrix-key-jobs-0005', scopes: ['jobs:read'], partners: ['*'] },
];
const PARTNERS = ['acme', 'globex', 'initech'] as const;
const MISSING_JOB = `job_${'0'.repeat(26)}`;
const MISSING_WATCH = `wat_${'0'.repeat(26)}`;

/** The partners whose data an app must never see. */
const foreignTo = (app: MatrixApp) => (app.partners.includes('*') ? [] : PARTNERS.filter((partner) => !app.partners.includes(partner)));

/**
 * The isolation matrix (issue 13): every route the BFF registers, from the OpenAPI document built from the same route
 * catalog as the boot check, × five apps × {own object, another partner's object, an object that does not exist}, on
 * the real stack (simulator, BFF, worker, Redis). Refusals come from the BFF before any upstream write, and nothing of a
 * partner an app may not see reaches it: not in a body, a header, a support record, a job record or an event.
 */
describe('isolation matrix: every route × app × object (e2e)', () => {
  const secrets = generateDemoSecrets();
  let redis: TestRedis;
  let bff: { process: StackProcess; url: string };
  let sim: { process: StackProcess; url: string };
  const started: StackProcess[] = [];
  let operations: Operation[] = [];
  const worlds: Record<string, PartnerWorld> = {};
  /** Jobs by app, then partner: the job each app started about that partner's object. */
  const jobs: Record<string, Record<string, string>> = {};
  const watches: Record<string, Record<string, string>> = {};
  /** Balances read after set-up, added to each partner's recognizable values. */
  const balances: Record<string, string[]> = {};

  const appsJson = apiKeysJson(Object.fromEntries(APPS.map((app) => [app.name, { key: app.key, scopes: app.scopes, partners: app.partners }])));
  const auth = (app: MatrixApp) => ({ authorization: `Bearer ${app.key}` });
  const every = APPS[0];

  async function send(app: MatrixApp, method: string, request: MatrixRequest, requestId?: string) {
    const headers: Record<string, string> = { ...auth(app), ...request.headers, ...(requestId ? { 'x-request-id': requestId } : {}) };
    if (request.stream) {
      const read = await readEvents(`${bff.url}${request.path}`, headers, { timeoutMs: 1500 });
      return { status: read.status, text: JSON.stringify(read.events), headers: new Headers({ 'content-type': read.contentType ?? '' }) };
    }
    let body: FormData | string | undefined;
    if (request.form) body = request.form();
    else if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    const response = await fetch(`${bff.url}${request.path}`, { method, headers, body });
    return { status: response.status, text: await response.text(), headers: response.headers };
  }

  const json = async (app: MatrixApp, method: string, path: string, body?: unknown) => {
    const answer = await send(app, method, { path, body });
    return { status: answer.status, body: answer.text ? JSON.parse(answer.text) : undefined };
  };
  const upstreamWrites = async () => {
    const requests = ((await (await fetch(`${sim.url}/__sim/stats`)).json()) as { requests: Record<string, number> }).requests;
    return Object.entries(requests)
      .filter(([route]) => !route.startsWith('GET ') && !/auth|login|refresh/.test(route))
      .reduce((sum, [, count]) => sum + count, 0);
  };
  const leaks = (app: MatrixApp, text: string) => [
    ...leaksIn(text, foreignTo(app)),
    ...foreignTo(app).flatMap((partner) => (balances[partner] ?? []).filter((value) => text.includes(value)).map((value) => `${partner}: ${value}`)),
  ];

  beforeAll(async () => {
    redis = testRedis('e2e-isolation');
    sim = await spawnSimulator(secrets, { SIM_PAYMENT_LINK_SETTLE_MS: '600000', SIM_APM_SETTLE_MS: '600000', SIM_STATEMENT_READY_MS: '200' });
    started.push(sim.process);
    const options = { secrets, redisPrefix: redis.prefix };
    bff = await spawnBff(sim.url, options, { BFF_API_KEYS: appsJson, BFF_RATE_LIMIT: '0', VIEW_SOURCE_BUDGET_MS: '5000' });
    started.push(bff.process);
    started.push(await spawnWorker(sim.url, options));

    const document = (await (await fetch(`${bff.url}/docs-json`)).json()) as { paths: Record<string, Record<string, { 'x-scopes'?: string[]; 'x-partner-access'?: string }>> };
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method, operation]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method) && operation['x-partner-access'])
        .map(([method, operation]) => ({ method: method.toUpperCase(), path, scopes: operation['x-scopes'] ?? [], access: operation['x-partner-access']! })),
    );

    // Each partner's objects that Migo hands out ids for, created by the app open to every partner.
    for (const partner of PARTNERS) {
      const seeded = SEEDED[partner];
      const transfer = await json(every, 'POST', '/v1/wallet/cards/transfer', { fromCardId: seeded.cardId, toCardId: seeded.otherCardId, amount: 0.01 });
      const link = await json(every, 'POST', '/v1/middleware/transactions', { amount: 15, userId: seeded.email, channel: 'web', client: partner });
      const apm = await json(every, 'POST', '/v1/middleware/api/v1/integrations/transactions', { amount: 8, channel: 'web', client: partner, userId: seeded.email });
      const statement = await json(every, 'POST', `/v1/wallet/cards/${seeded.cardId}/statements`, { month: 11, year: 2026 });
      const settlements = await json(every, 'GET', `/v1/wallet/settlements?partnerId=${partner}&${settlementRange()}`);
      expect([partner, transfer.status, link.status, apm.status, statement.status, settlements.status]).toEqual([partner, 201, 202, 202, 202, 200]);
      const settlementId = settlements.body.items[0].settlementId;
      worlds[partner] = { ...seeded, transferId: transfer.body.id, linkUid: link.body.upstream.uid, apmUid: apm.body.upstream.uid, statementReference: statement.body.upstream.reference, settlementId };
      (jobs.every ??= {})[partner] = statement.body.job.id;
      balances[partner] = [];
      for (const card of [seeded.cardId, seeded.otherCardId]) {
        const balance = String((await json(every, 'GET', `/v1/wallet/cards/${card}`)).body.balance);
        if (balance.includes('.')) balances[partner].push(balance);
      }
    }
    // Jobs of the other apps, each about its own partner where it may start one.
    for (const [name, partner] of [['acmeOnly', 'acme'], ['globexOnly', 'globex']] as const) {
      const started = await json(APPS.find((app) => app.name === name)!, 'POST', `/v1/wallet/cards/${SEEDED[partner].cardId}/statements`, { month: 10, year: 2026 });
      expect(started.status).toBe(202);
      jobs[name] = { [partner]: started.body.job.id };
    }
    const tracked = await json(APPS[3], 'POST', '/v1/jobs', { type: 'wallet.statement', upstreamId: `${SEEDED.acme.cardId}/${worlds.acme.statementReference}` });
    expect(tracked.status).toBe(202);
    jobs.readOnly = { acme: tracked.body.job.id };
    // Watches: each app that may watch subscriptions, on each partner it may act for.
    for (const app of APPS.filter((each) => each.scopes.includes('*') || each.scopes.some((scope) => scope.startsWith('middleware:')))) {
      for (const partner of app.partners.includes('*') ? PARTNERS : app.partners) {
        const watch = await json(app, 'POST', '/v1/watches', { type: 'middleware.subscription', upstreamId: SEEDED[partner as keyof typeof SEEDED].subUid });
        expect([app.name, partner, watch.status]).toEqual([app.name, partner, 201]);
        (watches[app.name] ??= {})[partner] = watch.body.id;
      }
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(started.map((process) => process.stop()));
    await redis.cleanup();
  }, 60_000);

  const cases = (): MatrixCase[] =>
    matrixCases(operations, ROUTE_REQUESTS, APPS, {
      own: (app) => worlds[app.partners.includes('*') ? 'acme' : app.partners[0]],
      others: (app) => PARTNERS.filter((partner) => (app.partners.includes('*') ? partner !== 'acme' : !app.partners.includes(partner))).map((partner) => worlds[partner]),
      missing: NOWHERE,
      hasJob: (app, world) => !!jobs[app.name]?.[world.partnerId],
      hasWatch: (app, world) => !!watches[app.name]?.[world.partnerId],
    });
  const jobOf = (app: MatrixApp) => (world: PartnerWorld) => jobs[app.name]?.[world.partnerId] ?? jobs.every[world.partnerId] ?? MISSING_JOB;
  const watchOf = (app: MatrixApp) => (world: PartnerWorld) => watches[app.name]?.[world.partnerId] ?? watches.every[world.partnerId] ?? MISSING_WATCH;
  const context = (app: MatrixApp) => ({ jobOf: jobOf(app), watchOf: watchOf(app) });
  const label = (c: MatrixCase) => `${operationKey(c.operation)} as ${c.app.name} on ${c.object} (${c.world.partnerId})`;

  it('covers every route the BFF registers, with a request for each', () => {
    expect(operations.length).toBeGreaterThanOrEqual(100);
    expect(cases().length).toBeGreaterThan(operations.length * APPS.length);
  });

  it('fails for a route added without a way to aim it at one partner (a throwaway route)', () => {
    const throwaway: Operation = { method: 'GET', path: '/v1/throwaway/{partnerId}/secrets', scopes: ['cms:read'], access: 'partner-of' };
    expect(() => matrixCases([...operations, throwaway], ROUTE_REQUESTS, APPS, { own: () => NOWHERE, others: () => [], missing: NOWHERE, hasJob: () => false })).toThrow(
      /No isolation request for: GET \/v1\/throwaway\/\{partnerId\}\/secrets/,
    );
  });

  it('refuses every case it must, before any upstream write, with nothing of another partner in the answer or the support record', async () => {
    const failures: string[] = [];
    const refusals = cases().filter((c) => 'refused' in c.expect);
    expect(refusals.length).toBeGreaterThan(300);
    for (const operation of operations) {
      const mine = refusals.filter((c) => c.operation === operation);
      if (mine.length === 0) continue;
      const writesBefore = await upstreamWrites();
      for (const c of mine) {
        const requestId = `matrix-${c.app.name}-${Math.random().toString(36).slice(2, 10)}`;
        const answer = await send(c.app, c.operation.method, c.build(c.world, context(c.app)), requestId);
        const expected = (c.expect as { refused: number }).refused;
        if (answer.status !== expected) failures.push(`${label(c)}: ${answer.status} instead of ${expected}: ${answer.text.slice(0, 200)}`);
        if (!/application\/problem\+json/.test(answer.headers.get('content-type') ?? '')) failures.push(`${label(c)}: not problem+json`);
        const found = leaks(c.app, answer.text + JSON.stringify([...answer.headers]));
        if (found.length > 0) failures.push(`${label(c)}: answer shows ${found.join(', ')}`);
        const support = await send(c.app, 'GET', { path: `/v1/support/requests/${requestId}` });
        if (support.status === 200 && !support.text.includes('"note":"refused"')) failures.push(`${label(c)}: support record without its refusal`);
        const inSupport = leaks(c.app, support.text);
        if (inSupport.length > 0) failures.push(`${label(c)}: support record shows ${inSupport.join(', ')}`);
      }
      const writes = (await upstreamWrites()) - writesBefore;
      if (writes !== 0) failures.push(`${operationKey(operation)}: ${writes} upstream write(s) during its refusals`);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('serves every other case without a 5xx or a refusal of its own, and without another partner’s data for a restricted app', async () => {
    const failures: string[] = [];
    for (const c of cases().filter((each) => 'served' in each.expect)) {
      const answer = await send(c.app, c.operation.method, c.build(c.world, context(c.app)));
      const bffRefusal = answer.status === 403 && !answer.text.includes('"upstream"');
      if (answer.status >= 500 || bffRefusal) failures.push(`${label(c)}: ${answer.status} ${answer.text.slice(0, 200)}`);
      const found = leaks(c.app, answer.text);
      if (found.length > 0) failures.push(`${label(c)}: answer shows ${found.join(', ')}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it.each(['acmeOnly', 'globexOnly'])("keeps every job record and event of %s to its partner's data", async (name) => {
    const app = APPS.find((each) => each.name === name)!;
    const list = await send(app, 'GET', { path: '/v1/jobs?limit=100' });
    expect(list.status).toBe(200);
    expect(JSON.parse(list.text).items.length).toBeGreaterThan(0);
    const events = await readEvents(`${bff.url}/v1/events`, { ...auth(app), 'last-event-id': '0-0' }, { timeoutMs: 1500 });
    expect(events.status).toBe(200);
    expect(leaks(app, list.text + JSON.stringify(events.events))).toEqual([]);
    // Sanity: the check can see data when it is there (the every-partner app's list holds the other partners').
    expect(leaksIn(JSON.stringify(RECOGNIZABLE), foreignTo(app)).length).toBeGreaterThan(0);
  });
});
