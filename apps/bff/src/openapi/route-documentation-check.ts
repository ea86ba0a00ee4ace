import type { CatalogRoute } from './route-catalog.js';

const OPERATION_ID = /^[a-z][a-zA-Z0-9]*$/;

/** Answers with no body: nothing to type. */
const NO_BODY_STATUSES = new Set([204]);

/**
 * What apps' generated clients would get wrong about a route: no hand-chosen operationId (the client's method would be
 * `WalletTransfersController_transfer`), or a JSON success answer without a schema (the client would type it `unknown`).
 * A 202 is typed by the job it answers; its @Returns, when present, types what Migo answered (`upstream`).
 */
export function routeDocumentationProblems(routes: readonly CatalogRoute[]): string[] {
  const problems: string[] = [];
  for (const route of routes) {
    const name = `${route.method} ${route.path}`;
    if (!route.docs.operationId) problems.push(`${name}: no @OperationId`);
    else if (!OPERATION_ID.test(route.docs.operationId)) problems.push(`${name}: @OperationId('${route.docs.operationId}') is not lowerCamelCase`);
    const answersJson = !route.docs.produces && route.status !== 202 && !NO_BODY_STATUSES.has(route.status);
    if (answersJson && !route.docs.returns) problems.push(`${name}: its ${route.status} answer has no @Returns schema`);
  }
  return problems;
}

/** The BFF refuses to start with a route whose contract apps cannot rely on (see routeDocumentationProblems). */
export function assertRoutesDocumented(routes: readonly CatalogRoute[]): void {
  const problems = routeDocumentationProblems(routes);
  if (problems.length > 0) throw new Error(`Refusing to start: routes without a documented contract:\n- ${problems.join('\n- ')}`);
}
