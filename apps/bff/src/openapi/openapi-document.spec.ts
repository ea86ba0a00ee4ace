import type { OpenAPIObject, OperationObject, ParameterObject, ReferenceObject, RequestBodyObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { JOB_TYPES } from '#jobs';
import { RunningBff, RunningSimulator, startBff, startSimulator, testRedis, TestRedis } from '#test-support';
import { buildOpenApiDocument } from './openapi-document.js';
import { registeredRoutes, toOpenApiPath, UNDOCUMENTED_ROUTES } from './registered-routes.js';
import { RouteCatalog } from './route-catalog.js';
import { routeDocumentationProblems } from './route-documentation-check.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head'] as const;

describe('OpenAPI document', () => {
  let sim: RunningSimulator;
  let redis: TestRedis;
  let bff: RunningBff;
  let document: OpenAPIObject;
  let ajv: Ajv2020;

  beforeAll(async () => {
    sim = await startSimulator();
    redis = testRedis('openapi');
    bff = await startBff(sim, redis);
    document = buildOpenApiDocument(bff.app);
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addFormat('binary', true);
    ajv.addSchema({ components: document.components }, 'openapi');
  });
  afterAll(async () => {
    await bff.close();
    await sim.close();
    await redis.cleanup();
  });

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ key: `${method.toUpperCase()} ${path}`, path, method, operation: item[method] as OperationObject })),
    );
  const operation = (method: string, path: string) => document.paths[path]?.[method as 'get'] as OperationObject;
  const resolve = <T>(value: T | ReferenceObject): T => {
    if (!value || !('$ref' in (value as object))) return value as T;
    const [, , section, name] = (value as ReferenceObject).$ref.split('/');
    return (document.components as Record<string, Record<string, T>>)[section][name];
  };
  const conforms = (schemaName: string, value: unknown) => {
    const validate = ajv.compile({ $ref: `openapi#/components/schemas/${schemaName}` });
    const ok = validate(value);
    return ok ? [] : validate.errors;
  };

  it('is a valid OpenAPI 3.1 document (standard validator)', async () => {
    const result = await new Validator().validate(document as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents every route the app registered, and no other', () => {
    const registered = registeredRoutes(bff.app.getHttpAdapter().getInstance())
      .filter((route) => route.method !== 'HEAD' && !UNDOCUMENTED_ROUTES.some((pattern) => pattern.test(route.url)))
      .map((route) => `${route.method} ${toOpenApiPath(route.url)}`);
    expect(registered.length).toBeGreaterThan(60);
    expect([...new Set(registered)].sort()).toEqual(operations().map((op) => op.key).sort());
  });

  it('names a known job type on every route that answers 202 with a job, and on the creates that answer 201 with the object plus its job', () => {
    const routes = bff.app.get(RouteCatalog).routes();
    // A create whose object exists at once and whose decision comes later keeps its 201 and adds `job` (issue 17).
    const CREATE_THEN_FOLLOW = ['createCmsProcessRequest', 'createWalletLead'];
    const starting = routes.filter((route) => route.status === 202 || CREATE_THEN_FOLLOW.includes(route.operationId));
    expect(starting.length).toBeGreaterThan(5);
    for (const route of starting) {
      expect([route.operationId, route.startsJob?.filter((type) => !JOB_TYPES.includes(type))]).toEqual([route.operationId, []]);
      const documented = operation(route.method.toLowerCase(), toOpenApiPath(route.path)) as OperationObject & { 'x-starts-job'?: string | string[] };
      expect([documented['x-starts-job']].flat()).toEqual(route.startsJob);
    }
    expect(routes.filter((route) => route.startsJob && route.status !== 202).map((route) => [route.operationId, route.status])).toEqual(CREATE_THEN_FOLLOW.map((operationId) => [operationId, 201]));
  });

  it('documents every @Upload route as multipart/form-data', () => {
    const uploads = bff.app.get(RouteCatalog).routes().filter((route) => route.upload);
    expect(uploads.length).toBeGreaterThanOrEqual(5);
    for (const route of uploads) {
      const content = (operation(route.method.toLowerCase(), toOpenApiPath(route.path)).requestBody as RequestBodyObject).content;
      expect([route.operationId, Object.keys(content)]).toEqual([route.operationId, expect.arrayContaining(['multipart/form-data'])]);
    }
  });

  it('puts each route’s scopes in its security requirement and description, and leaves probes public', () => {
    for (const { key, operation: op } of operations()) {
      if (key.startsWith('GET /health') || key === 'GET /docs-json') {
        expect(op.security).toEqual([]);
        continue;
      }
      const [requirement] = op.security as Array<Record<string, string[]>>;
      // The support inspector is open to every app (for its own requests): a key, no scope.
      if (key === 'GET /v1/support/requests/{requestId}') {
        expect([requirement, op.description]).toEqual([{ apiKey: [] }, expect.stringContaining('any app with a valid API key')]);
        continue;
      }
      expect(requirement.apiKey.length).toBeGreaterThan(0);
      for (const scope of requirement.apiKey) expect(op.description).toContain(`\`${scope}\``);
    }
    expect(operation('post', '/v1/wallet/cards/{cardId}/funds').security).toEqual([{ apiKey: ['wallet:money'] }]);
    expect(operation('get', '/metrics').security).toEqual([{ apiKey: ['admin'] }]);
    expect(document.components?.securitySchemes?.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('lists the problem+json answers of every operation, with the problem types', () => {
    for (const { key, path, operation: op } of operations()) {
      const responses = op.responses as Record<string, ReferenceObject>;
      expect([key, responses['500']]).toEqual([key, { $ref: '#/components/responses/InternalError' }]);
      if (path.startsWith('/v1/')) expect([key, Object.keys(responses)]).toEqual([key, expect.arrayContaining(['400', '401', '403', '503'])]);
    }
    const problem = resolve(document.components!.responses!.BadRequest) as ResponseObject;
    expect(problem.content?.['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
    const type = (document.components!.schemas!.Problem as SchemaObject).properties!.type as SchemaObject;
    expect(type.enum).toEqual(expect.arrayContaining(['https://migo-bff.internal/problems/validation', 'https://migo-bff.internal/problems/idempotency-key-reused']));
    expect(type.description).toContain('idempotency-key-in-use');
  });

  it('documents idempotent writes with their Idempotency-Key header and the 409/422 answers', () => {
    const transfer = operation('post', '/v1/wallet/cards/transfer');
    expect(transfer.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }));
    expect(Object.keys(transfer.responses)).toEqual(expect.arrayContaining(['409', '422']));
    expect(operation('get', '/v1/wallet/cards/{cardId}').parameters).not.toContainEqual(expect.objectContaining({ name: 'Idempotency-Key' }));
  });

  it('documents the X-Cms-Session header on CMS routes, required where the route is about the session itself', () => {
    const header = (op: { parameters?: unknown[] }) => (op.parameters as Array<{ name: string; required?: boolean }> | undefined)?.find((p) => p.name === 'X-Cms-Session');
    expect(header(operation('get', '/v1/cms/partners'))).toMatchObject({ required: false });
    expect(header(operation('delete', '/v1/cms/sessions/current'))).toMatchObject({ required: true });
    expect(header(operation('post', '/v1/cms/sessions'))).toBeUndefined();
    expect(header(operation('get', '/v1/wallet/cards/{cardId}'))).toBeUndefined();
  });

  it('derives request schemas from the DTOs’ validation rules', () => {
    const withBody = operations().filter(({ operation: op }) => op.requestBody);
    expect(withBody.length).toBeGreaterThan(30);
    const undescribed = withBody.filter(({ operation: op }) => {
      const content = (op.requestBody as RequestBodyObject).content;
      const schema = resolve((content['application/json'] ?? content['multipart/form-data']).schema as SchemaObject);
      return Object.keys(schema.properties ?? {}).length === 0 && !schema.oneOf && !schema.additionalProperties;
    });
    expect(undescribed.map(({ key }) => key)).toEqual([]);
    const funds = { amount: 10.5, operation: 'ADD_FUNDS', reference: 'ref-1', channel: 'api' };
    expect(conforms('FundsOperationBody', funds)).toEqual([]);
    expect(conforms('FundsOperationBody', { ...funds, amount: -1 })).not.toEqual([]);
    expect(conforms('FundsOperationBody', { ...funds, operation: 'STEAL' })).not.toEqual([]);
    expect(conforms('FundsOperationBody', { ...funds, sneaky: true })).not.toEqual([]);
    expect(conforms('FundsOperationBody', { amount: 1 })).not.toEqual([]);

    const registration = resolve((operation('post', '/v1/wallet/users').requestBody as RequestBodyObject).content['application/json'].schema as SchemaObject);
    expect(registration.oneOf).toHaveLength(2);
    const upload = (operation('post', '/v1/cms/partners/{partnerId}/cardholders/upload').requestBody as RequestBodyObject).content;
    expect(upload['multipart/form-data'].schema).toMatchObject({ required: ['users'], properties: { users: { type: 'string', format: 'binary' } } });
    expect(upload['application/json']).toBeDefined();
  });

  it('expands query and path DTOs into parameters, route constraints included', () => {
    const list = operation('get', '/v1/jobs').parameters as ParameterObject[];
    expect(list.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['query:cursor', 'query:limit', 'query:state', 'query:type']);
    expect(list.find((p) => p.name === 'state')!.schema).toMatchObject({ enum: ['queued', 'running', 'succeeded', 'failed', 'cancelled'] });
    const monthly = operation('get', '/v1/wallet/cards/{cardId}/transfers/{month}/{year}').parameters as ParameterObject[];
    expect(monthly.filter((p) => p.in === 'path').map((p) => p.name).sort()).toEqual(['cardId', 'month', 'year']);
    const batch = operation('get', '/v1/cms/partners/{partnerId}/{kind}/batch/{batchId}').parameters as ParameterObject[];
    expect(batch.find((p) => p.name === 'kind')!.schema).toEqual({ type: 'string', enum: ['cardholders', 'cards'] });
    for (const { key, path, operation: op } of operations()) {
      const declared = ((op.parameters ?? []) as ParameterObject[]).filter((p) => p.in === 'path').map((p) => p.name).sort();
      expect([key, declared]).toEqual([key, [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort()]);
    }
  });

  it('answers job-starting routes with 202 and the job, and streams with text/event-stream', () => {
    const starting = operations().filter(({ operation: op }) => op.responses['202']);
    expect(starting.map(({ key }) => key)).toEqual(expect.arrayContaining(['POST /v1/cms/partners/{partnerId}/cardholders/upload', 'POST /v1/wallet/cards/{cardId}/statements', 'POST /v1/jobs']));
    for (const { operation: op } of starting) {
      // With @Returns, the job answer's `upstream` is typed too: allOf [JobAccepted, {upstream}].
      const schema = (op.responses['202'] as ResponseObject).content?.['application/json'].schema as SchemaObject;
      expect(schema.allOf?.[0] ?? schema).toEqual({ $ref: '#/components/schemas/JobAccepted' });
    }
    expect(Object.keys((operation('get', '/v1/jobs/{id}/events').responses['200'] as ResponseObject).content!)).toEqual(['text/event-stream']);
  });

  it('describes what the BFF really answers', async () => {
    const unauthenticated = await bff.call('GET', '/v1/jobs', { as: null });
    expect(unauthenticated.status).toBe(401);
    expect(conforms('Problem', unauthenticated.body)).toEqual([]);

    const invalid = await bff.call('POST', '/v1/wallet/cards/5001/funds', { body: { amount: 'lots' } });
    expect(invalid.status).toBe(400);
    expect(conforms('Problem', invalid.body)).toEqual([]);

    const accepted = await bff.call('POST', '/v1/wallet/cards/5001/statements', { body: { month: 1, year: 2026 } });
    expect(accepted.status).toBe(202);
    expect(conforms('JobAccepted', accepted.body)).toEqual([]);
    const job = await bff.call('GET', `/v1/jobs/${accepted.body.job.id}`);
    expect(conforms('Job', job.body)).toEqual([]);
    expect(conforms('JobList', (await bff.call('GET', '/v1/jobs')).body)).toEqual([]);
    expect(conforms('Liveness', (await bff.call('GET', '/health/live', { as: null })).body)).toEqual([]);

    const view = await bff.call('GET', '/v1/views/partners/acme/cardholders/1');
    expect(view.status).toBe(200);
    expect(conforms('CardholderView', view.body)).toEqual([]);
  });

  it('serves the document at /docs-json without an API key', async () => {
    const served = await bff.call('GET', '/docs-json', { as: null });
    expect(served.status).toBe(200);
    expect(Object.keys(served.body.paths).sort()).toEqual(Object.keys(document.paths).sort());
  });

  it('gives every JSON operation a typed 2xx schema and a hand-chosen operationId (what generated clients are built from)', () => {
    expect(routeDocumentationProblems(bff.app.get(RouteCatalog).routes())).toEqual([]);
    const ids = operations().map((op) => op.operation.operationId);
    expect(ids.filter((id) => !id || /Controller_/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const untyped = operations().flatMap(({ key, operation }) =>
      Object.entries(operation.responses ?? {})
        .filter(([status]) => status.startsWith('2'))
        .flatMap(([status, response]) => {
          const schema = resolve(response as ResponseObject).content?.['application/json']?.schema as SchemaObject | ReferenceObject | undefined;
          return schema && !('$ref' in schema) && !schema.type && !schema.allOf && !schema.oneOf ? [`${key} ${status}`] : [];
        }),
    );
    expect(untyped).toEqual([]);
  });
});
