import Type from 'typebox';
import type { CatalogRoute } from './route-catalog.js';
import { assertRoutesDocumented, routeDocumentationProblems } from './route-documentation-check.js';
import type { RouteDocs } from './route-docs.js';

const Answer = Type.Object({ id: Type.String() }, { title: 'Answer', additionalProperties: true }) as unknown as RouteDocs['returns'];

function route(method: string, path: string, status: number, docs: RouteDocs): CatalogRoute {
  return { operationId: docs.operationId ?? 'SomeController_handler', method, path, status, docs, scopes: [], isPublic: false, idempotent: false, takesFiles: false, interceptors: [] };
}

describe('routes without a documented contract', () => {
  it('names a route without an operationId, with a badly formed one, or with an untyped JSON answer', () => {
    expect(
      routeDocumentationProblems([
        route('GET', '/v1/a', 200, { returns: Answer }),
        route('GET', '/v1/b', 200, { operationId: 'Get_B', returns: Answer }),
        route('GET', '/v1/c', 200, { operationId: 'getC' }),
      ]),
    ).toEqual(['GET /v1/a: no @OperationId', "GET /v1/b: @OperationId('Get_B') is not lowerCamelCase", 'GET /v1/c: its 200 answer has no @Returns schema']);
  });

  it('needs no schema for a 202 (typed by its job), a 204, or an answer that is not JSON', () => {
    expect(
      routeDocumentationProblems([
        route('POST', '/v1/jobs-start', 202, { operationId: 'startWork' }),
        route('DELETE', '/v1/thing', 204, { operationId: 'deleteThing' }),
        route('GET', '/v1/events', 200, { operationId: 'streamEvents', produces: 'event-stream' }),
        route('GET', '/v1/d', 200, { operationId: 'getD', returns: Answer }),
      ]),
    ).toEqual([]);
  });

  it('refuses to start while one route is undocumented', () => {
    expect(() => assertRoutesDocumented([route('GET', '/v1/c', 200, { operationId: 'getC' })])).toThrow(/Refusing to start: routes without a documented contract:\n- GET \/v1\/c/);
  });
});
