import type { PartnerWorld } from './partner-worlds.js';
import type { RequestBuilder } from './route-requests.js';

/** An operation of the BFF's OpenAPI document: what the matrix knows of a route. */
export interface Operation {
  method: string;
  path: string;
  scopes: string[];
  /** `x-partner-access`: the route's access declaration kind. */
  access: string;
}

export interface MatrixApp {
  name: string;
  key: string;
  scopes: readonly string[];
  /** `['*']`: every partner. */
  partners: readonly string[];
}

/** Whose object the request names: the app's own partner's, another partner's, or nobody's. */
export type ObjectCase = 'own' | 'other-partner' | 'missing';

/**
 * What must happen. `refused`: the BFF itself answers that status (403 scope or partner, 404 where existence must not
 * show) before any upstream write. `served`: not refused by the BFF, and never a 5xx (Migo may still refuse: its 4xx
 * passes through).
 */
export type Expectation = { refused: 403 | 404 } | { served: true };

export interface MatrixCase {
  operation: Operation;
  app: MatrixApp;
  object: ObjectCase;
  world: PartnerWorld;
  build: RequestBuilder;
  expect: Expectation;
}

export interface MatrixWorlds {
  /** The partner world an app's "own object" comes from (its partner, or acme for apps open to every partner). */
  own(app: MatrixApp): PartnerWorld;
  /** Other partners' worlds. */
  others(app: MatrixApp): PartnerWorld[];
  missing: PartnerWorld;
  /** Whether the app has a job about that world's partner (job routes: someone else's job is not found). */
  hasJob(app: MatrixApp, world: PartnerWorld): boolean;
  /** Whether the app has a watch on that world's partner's subscription (another app's watch is not found). */
  hasWatch?(app: MatrixApp, world: PartnerWorld): boolean;
}

export const operationKey = (operation: Pick<Operation, 'method' | 'path'>) => `${operation.method} ${operation.path}`;

function granted(app: MatrixApp, scope: string): boolean {
  return app.scopes.includes('*') || app.scopes.includes(scope) || app.scopes.includes(`${scope.split(':')[0]}:*`);
}

const restricted = (app: MatrixApp) => !app.partners.includes('*');

/** Scopes a route needs beyond its own: following a statement by id reads the Wallet. */
const EXTRA_SCOPES: Record<string, string[]> = { 'POST /v1/jobs': ['wallet:read'], 'POST /v1/watches': ['middleware:read'] };

function expectation(operation: Operation, app: MatrixApp, object: ObjectCase, world: PartnerWorld, worlds: MatrixWorlds): Expectation {
  const key = operationKey(operation);
  if (![...operation.scopes, ...(EXTRA_SCOPES[key] ?? [])].every((scope) => granted(app, scope))) return { refused: 403 };
  if (operation.path.startsWith('/v1/jobs/{id}')) return worlds.hasJob(app, world) ? { served: true } : { refused: 404 };
  if (operation.path.startsWith('/v1/watches/{id}')) return worlds.hasWatch?.(app, world) ? { served: true } : { refused: 404 };
  switch (operation.access) {
    case 'all-partners-only':
      return restricted(app) ? { refused: 403 } : { served: true };
    case 'partner-of':
      return restricted(app) && object !== 'own' ? { refused: 403 } : { served: true };
    default:
      return { served: true };
  }
}

/**
 * Every operation × every app × {own, other partner's, missing} object (the last two only where the route names a
 * partner's object). Throws when an operation has no request builder: a route is not done until the matrix can aim it.
 */
export function matrixCases(operations: readonly Operation[], requests: Record<string, RequestBuilder>, apps: readonly MatrixApp[], worlds: MatrixWorlds): MatrixCase[] {
  const unaimed = operations.filter((operation) => !requests[operationKey(operation)]).map(operationKey);
  if (unaimed.length > 0) throw new Error(`No isolation request for: ${unaimed.join(', ')} (add one to test/isolation/route-requests.ts)`);
  const cases: MatrixCase[] = [];
  for (const operation of operations) {
    const build = requests[operationKey(operation)];
    const namesObject = operation.access === 'partner-of';
    for (const app of apps) {
      const targets: Array<[ObjectCase, PartnerWorld]> = [['own', worlds.own(app)]];
      if (namesObject) targets.push(...worlds.others(app).map((world): [ObjectCase, PartnerWorld] => ['other-partner', world]), ['missing', worlds.missing]);
      for (const [object, world] of targets) cases.push({ operation, app, object, world, build, expect: expectation(operation, app, object, world, worlds) });
    }
  }
  return cases;
}
