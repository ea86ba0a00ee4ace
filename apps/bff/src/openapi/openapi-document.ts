import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { TSchema } from 'typebox';
import type { OpenAPIObject, OperationObject, ParameterObject, ReferenceObject, RequestBodyObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { PROBLEM_SCHEMA, problemResponseObjects, problemResponseRef } from './problem-schemas.js';
import { CatalogRoute, RouteCatalog } from './route-catalog.js';
import { DtoSchemas } from './dto-schemas.js';
import { JobAccepted } from '../jobs/jobs.schemas.js';
import { describeAccess } from '../access/access-description.js';
import { routeConstraints, toOpenApiPath } from './registered-routes.js';
import { isNamedSchema, type NamedSchema } from './route-docs.js';

type Constructor = abstract new (...args: never[]) => unknown;

const DESCRIPTION = [
  'One internal API in front of Migo Payments. Send your app’s API key as `Authorization: Bearer <key>`; each operation',
  'lists the scopes it needs. Success bodies are Migo’s `data`, unwrapped from whichever envelope Migo used; errors are',
  'RFC 9457 `application/problem+json`. Work Migo finishes later answers `202` with a job to follow over REST, long-poll',
  'or Server-Sent Events.',
].join(' ');

const JSON_BODY = 'application/json';

/**
 * The OpenAPI 3.1 document of the running app: @nestjs/swagger lays out every controller route and its path and
 * header parameters; then, in one place, each operation gets what the BFF's own metadata says: scopes (RequireScopes)
 * as security requirements, request schemas from the DTOs' class-validator rules, the success answer (202 + Job for
 * work Migo finishes later), and the problem+json answers it can give.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const catalog = app.get(RouteCatalog);
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Migo BFF')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The app’s API key' }, 'apiKey')
    .build();
  const document = catalog.withoutRouteConstraints(() => SwaggerModule.createDocument(app, config));
  const schemas = new DtoSchemas();
  const responseSchemas = new NamedResponseSchemas();
  for (const route of catalog.routes()) {
    const path = toOpenApiPath(route.path);
    const operation = document.paths[path]?.[route.method.toLowerCase() as 'get'];
    if (!operation) throw new Error(`@nestjs/swagger did not lay out ${route.method} ${route.path}`);
    describeOperation(operation, route, schemas, responseSchemas);
  }
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...schemas.all(), ...responseSchemas.all(), Problem: PROBLEM_SCHEMA },
    responses: problemResponseObjects(),
    headers: { RequestId: { description: 'The request id (yours from `x-request-id`, or generated); also on every log line', schema: { type: 'string' } } },
  };
  dropUnreferencedSchemas(document);
  return document;
}

/**
 * The TypeBox response schemas routes return, under their titles (two different shapes under one title are refused).
 * A titled schema used inside another (the Job in a JobList) becomes a component of its own and a $ref there.
 */
class NamedResponseSchemas {
  private readonly byTitle = new Map<string, NamedSchema>();
  private readonly components = new Map<string, SchemaObject>();

  ref(schema: TSchema): ReferenceObject {
    if (!isNamedSchema(schema)) throw new Error('A response schema needs a title');
    const known = this.byTitle.get(schema.title);
    if (known && JSON.stringify(known) !== JSON.stringify(schema)) throw new Error(`Two response schemas are titled ${schema.title}`);
    if (!known) {
      this.byTitle.set(schema.title, schema);
      this.components.set(schema.title, this.withRefs(schema, true) as SchemaObject);
    }
    return { $ref: `#/components/schemas/${schema.title}` };
  }

  all(): Record<string, SchemaObject> {
    return Object.fromEntries(this.components);
  }

  private withRefs(value: unknown, root = false): unknown {
    if (Array.isArray(value)) return value.map((item) => this.withRefs(item));
    if (typeof value !== 'object' || value === null) return value;
    if (!root && isNamedSchema(value)) return this.ref(value);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, this.withRefs(item)]));
  }
}

function describeOperation(operation: OperationObject, route: CatalogRoute, schemas: DtoSchemas, responseSchemas: NamedResponseSchemas): void {
  const path = toOpenApiPath(route.path);
  if (route.docs.operationId) operation.operationId = route.docs.operationId;
  operation.tags = [tagOf(path)];
  operation.security = route.isPublic ? [] : [{ apiKey: route.scopes }];
  (operation as OperationObject & { 'x-scopes'?: string[] })['x-scopes'] = route.scopes;
  if (route.access && !route.isPublic) (operation as OperationObject & { 'x-partner-access'?: string })['x-partner-access'] = route.access.kind;
  if (route.startsJob) (operation as OperationObject & { 'x-starts-job'?: string | string[] })['x-starts-job'] = route.startsJob.length === 1 ? route.startsJob[0] : route.startsJob;
  operation.description = [
    route.isPublic
      ? 'No API key needed.'
      : route.scopes.length === 0
        ? '**Scopes:** none (any app with a valid API key).'
        : `**Scopes:** ${route.scopes.map((scope) => `\`${scope}\``).join(', ')} (or \`*\` / \`<surface>:*\`).`,
    route.access && !route.isPublic ? describeAccess(route.access) : '',
    route.idempotent
      ? 'Send an `Idempotency-Key` to retry safely: a replay answers the first outcome with `idempotent-replayed: true`. If the first request may have reached Migo without a known outcome, it gets 503 `upstream-outcome-unknown` and retries 409 until the BFF has found out from Migo: then the key replays Migo\'s outcome, or runs anew (`idempotent-released: true`) when Migo never acted.'
      : '',
    route.status === 202 ? 'Migo finishes this work later: the answer is the job that follows it (`Location: /v1/jobs/{id}`).' : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  operation.parameters = parametersOf(operation, route, schemas);
  const body = requestBodyOf(route, schemas);
  if (body) operation.requestBody = body;
  else delete operation.requestBody;
  operation.responses = { ...successResponses(operation, route, responseSchemas), ...problemResponses(route, !!body) };
}

function tagOf(path: string): string {
  const [, first, second] = path.split('/');
  if (first !== 'v1') return 'operations';
  return second === 'events' ? 'jobs' : second;
}

/** @nestjs/swagger's named path and header parameters, every path parameter the route has, whole-object DTOs expanded. */
function parametersOf(operation: OperationObject, route: CatalogRoute, schemas: DtoSchemas): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  const put = (parameter: ParameterObject) => byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  for (const parameter of (operation.parameters ?? []) as ParameterObject[]) put(parameter);
  for (const [type, where] of [[route.query, 'query'], [route.params, 'path']] as Array<[Constructor | undefined, 'query' | 'path']>) {
    if (!type) continue;
    const schema = schemas.inline(type);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      put({ name, in: where, required: where === 'path' || (schema.required ?? []).includes(name), schema: property });
    }
  }
  const constraints = routeConstraints(route.path);
  for (const [, name] of toOpenApiPath(route.path).matchAll(/\{([^}]+)\}/g)) {
    const existing = byKey.get(`path:${name}`);
    const constraint = constraints[name];
    const schema: SchemaObject = constraint
      ? /^[\w-]+(\|[\w-]+)*$/.test(constraint)
        ? { type: 'string', enum: constraint.split('|') }
        : { type: 'string', pattern: `^(?:${constraint})$` }
      : ((existing?.schema as SchemaObject | undefined) ?? { type: 'string' });
    put({ ...existing, name, in: 'path', required: true, schema });
  }
  if (route.idempotent) {
    put({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Makes the write safe to retry for 24 h: the same key and body answer the first outcome; the same key with another body is refused (422)',
      schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
    });
  }
  if (route.path.startsWith('/v1/cms/') && !(route.method === 'POST' && route.path === '/v1/cms/sessions')) {
    put({
      name: 'X-Cms-Session',
      in: 'header',
      required: route.path === '/v1/cms/sessions/current',
      description: 'A handle from POST /v1/cms/sessions: the call acts as that CMS operator (its partners, RBAC and OTP elevation); without it, as the service operator. A handle of another app, revoked or expired → 401',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' },
    });
  }
  return [...byKey.values()];
}

function requestBodyOf(route: CatalogRoute, schemas: DtoSchemas): RequestBodyObject | undefined {
  if (route.upload?.files) {
    const { files, textFields = [], jsonRows } = route.upload;
    const form: SchemaObject = {
      type: 'object',
      required: files,
      properties: {
        ...Object.fromEntries(files.map((name) => [name, { type: 'string', format: 'binary' }])),
        ...Object.fromEntries(textFields.map((name) => [name, { type: 'string' }])),
        ...(route.body ? schemas.inline(route.body).properties : {}),
      },
    };
    const content: RequestBodyObject['content'] = { 'multipart/form-data': { schema: form } };
    if (jsonRows) {
      const rows: SchemaObject = { type: 'array', minItems: 1, items: schemas.ref(jsonRows) };
      content[JSON_BODY] = {
        schema: { oneOf: [rows, { type: 'object', required: ['rows'], additionalProperties: false, properties: { rows, ...Object.fromEntries(textFields.map((name) => [name, { type: 'string' }])) } }] },
      };
    }
    return { required: true, content };
  }
  if (route.docs.bodyOneOf) return { required: true, content: { [JSON_BODY]: { schema: { oneOf: route.docs.bodyOneOf.map((type) => schemas.ref(type)) } } } };
  if (route.upload) {
    // An upload whose file fields are not named: its text fields are known, its files are described generically.
    const fields = route.body ? schemas.inline(route.body).properties : {};
    return { required: true, content: { 'multipart/form-data': { schema: { type: 'object', properties: fields, additionalProperties: { type: 'string', format: 'binary' } } } } };
  }
  if (route.body) return { required: true, content: { [JSON_BODY]: { schema: schemas.ref(route.body) } } };
  return undefined;
}

const NO_BODY = new Set([204]);

const REQUEST_ID_HEADER = { 'x-request-id': { $ref: '#/components/headers/RequestId' } };

function successResponses(operation: OperationObject, route: CatalogRoute, responseSchemas: NamedResponseSchemas): Record<string, ResponseObject | ReferenceObject> {
  const generated = (operation.responses ?? {}) as Record<string, ResponseObject>;
  // Responses a library already documented with a schema (terminus' health report) are kept, unless the route says.
  if (!route.docs.returns && Object.values(generated).some((response) => response.content)) return generated;
  const json = (schema: SchemaObject | ReferenceObject) => ({ [JSON_BODY]: { schema } });
  const status = String(route.status);
  if (route.status === 202) {
    const accepted = responseSchemas.ref(JobAccepted);
    const upstream = route.docs.returns ? responseSchemas.ref(route.docs.returns) : undefined;
    return {
      202: {
        description: 'Accepted: the job that follows the work, and what Migo answered',
        headers: { ...REQUEST_ID_HEADER, location: { description: 'The job: /v1/jobs/{id}', schema: { type: 'string' } }, 'retry-after': { description: 'Seconds before polling again', schema: { type: 'integer' } } },
        content: json(upstream ? { allOf: [accepted, { type: 'object', required: ['upstream'], properties: { upstream } }] } : accepted),
      },
    };
  }
  switch (route.docs.produces) {
    case 'event-stream':
      return {
        200: {
          description:
            'Server-Sent Events: a `snapshot` first (or, with `Last-Event-ID`, exactly the events missed), then a `job` event per change, each with an `id:`. ' +
            'Every event has an id of its own and ids only increase (`<ms>-<seq>` for a `job` event, `<ms>-<seq>.<n>` for the BFF’s own `snapshot`, `resync` and `end`). ' +
            'When the events missed are no longer kept, a `resync` event and a complete `snapshot` come instead. ' +
            'A single job’s stream ends with an `end` event once the job has finished. The app’s stream (`/v1/events`) also carries a `watch` event (schema `WatchEvent`, same ids) per change a watch saw. On shutdown the stream ends with a `retry:` hint; reconnect with `Last-Event-ID`.',
          headers: REQUEST_ID_HEADER,
          content: { 'text/event-stream': { schema: { type: 'string' } } },
        },
      };
    case 'file':
      return { [status]: { description: 'The file, with Migo’s content type and disposition', headers: REQUEST_ID_HEADER, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } };
    case 'prometheus':
      return { [status]: { description: 'Prometheus text exposition', headers: REQUEST_ID_HEADER, content: { 'text/plain': { schema: { type: 'string' } } } } };
  }
  const { returns, conditional } = route.docs;
  if (!returns && NO_BODY.has(route.status)) return { [status]: { description: 'No content', headers: REQUEST_ID_HEADER } };
  const schema: SchemaObject | ReferenceObject = returns ? responseSchemas.ref(returns) : { description: 'Migo’s `data`, unwrapped from its envelope' };
  // A failure answer a library documented with its body (terminus' 503 health report) stays beside the route's schema.
  const documentedFailures = Object.fromEntries(Object.entries(generated).filter(([code, response]) => !code.startsWith('2') && response.content));
  return {
    ...documentedFailures,
    [status]: { description: returns?.title ?? 'OK', headers: REQUEST_ID_HEADER, content: json(schema) },
    ...Object.fromEntries(Object.entries(route.docs.alsoAnswers ?? {}).map(([other, when]) => [other, { description: when, headers: REQUEST_ID_HEADER, content: json(schema) }])),
    ...(conditional ? { 304: { description: 'Not modified: your `If-None-Match` matches the current ETag', headers: REQUEST_ID_HEADER } } : {}),
  };
}

function problemResponses(route: CatalogRoute, hasBody: boolean): Record<string, ReferenceObject> {
  const statuses = new Set<number>([500]);
  if (!route.isPublic) {
    [400, 401, 403, 429, 503].forEach((status) => statuses.add(status));
    if (route.path.includes(':')) statuses.add(404);
    if (route.idempotent) [409, 422].forEach((status) => statuses.add(status));
    if (hasBody) [413, 415].forEach((status) => statuses.add(status));
    // Migo's own refusals pass through with their status (bffStatusFor), on reads too (a statement not ready: 409).
    if (!route.docs.answeredLocally) [404, 409, 422, 502, 504].forEach((status) => statuses.add(status));
  }
  route.docs.refuses?.forEach((status) => statuses.add(status));
  return Object.fromEntries([...statuses].sort().map((status) => [String(status), problemResponseRef(status)]));
}

/**
 * Leaves out schemas nothing points at: @nestjs/swagger's empty one per @Body() class (it reads @ApiProperty, which
 * the DTOs do not use) and the DTOs that were only expanded into query or path parameters.
 */
function dropUnreferencedSchemas(document: OpenAPIObject): void {
  const text = JSON.stringify(document.paths) + JSON.stringify({ ...document.components, schemas: undefined }) + JSON.stringify(Object.values(document.components?.schemas ?? {}));
  for (const name of Object.keys(document.components?.schemas ?? {})) {
    if (!text.includes(`"#/components/schemas/${name}"`)) delete document.components!.schemas![name];
  }
}
