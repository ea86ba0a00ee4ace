import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { JobType } from '#jobs';
import { PUBLIC_ROUTE, REQUIRED_SCOPES } from '../auth/auth.decorators.js';
import type { Scope } from '../auth/scopes.js';
import { IDEMPOTENT_ROUTE } from '../http/idempotency.interceptor.js';
import { ACCESS_DECLARATION, AccessDeclaration } from '../access/access-declaration.js';
import { httpCodeOf, httpMethodOf, interceptorsOf, routePathOf, setRoutePath, takesUploadedFiles, WholeArgument, wholeArgumentTypeOf } from './framework-metadata.js';
import { ROUTE_DOCS, RouteDocs, STARTS_JOB, UPLOAD_ROUTE, UploadDeclaration } from './route-docs.js';

type Constructor = new (...args: never[]) => unknown;

/** What the code itself says about one route: where it is, who may call it, and the classes that validate its input. */
export interface CatalogRoute {
  /** The hand-chosen @OperationId, else `<Controller>_<method>` (as @nestjs/swagger names it; refused at boot). */
  operationId: string;
  method: string;
  /** As registered with Fastify (`/v1/cards/:cardId`, route constraints such as `:kind(a|b)` included). */
  path: string;
  scopes: Scope[];
  isPublic: boolean;
  idempotent: boolean;
  /** The success status (@HttpCode, else Nest's default: 201 for POST, 200 otherwise). */
  status: number;
  /** The @Body() class, when it is one the validation pipe checks. */
  body?: Constructor;
  /** Whole-object @Query() and @Param() classes (single named ones are documented by @nestjs/swagger itself). */
  query?: Constructor;
  params?: Constructor;
  /** @Upload: a file upload interceptor reads the body as multipart/form-data. */
  upload?: UploadDeclaration;
  /** The handler takes @UploadedFile()/@UploadedFiles() (so it must declare @Upload). */
  takesFiles: boolean;
  /** @StartsJob: the job types the route may create. */
  startsJob?: JobType[];
  /** @Returns, @Produces, … of the controller, overridden by the handler's. */
  docs: RouteDocs;
  /** How its object maps to a partner (access/access-declaration.ts); absent only on public routes, or by mistake. */
  access?: AccessDeclaration;
  /** Its interceptors, in the order they run. */
  interceptors: unknown[];
}

const PLAIN_TYPES = new Set<unknown>([Object, String, Number, Boolean, Array, Function, undefined]);

function joinPath(...parts: Array<string | string[] | undefined>): string {
  const segments = parts.map((part) => (Array.isArray(part) ? part[0] : part)).filter((part): part is string => !!part);
  const path = `/${segments.join('/')}`.replace(/\/+/g, '/');
  return path.length > 1 ? path.replace(/\/$/, '') : path;
}

/** Every controller route of the running app, read from Nest's metadata (DiscoveryService + Reflector). */
@Injectable()
export class RouteCatalog {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  routes(): CatalogRoute[] {
    const routes: CatalogRoute[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as Constructor | undefined;
      if (!controller || !wrapper.instance) continue;
      const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as (...args: unknown[]) => unknown;
        const methodPath = routePathOf(handler);
        if (methodPath === undefined) continue;
        routes.push(this.describe(controller, name, handler, methodPath));
      }
    }
    const ids = routes.map((route) => route.operationId);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate) throw new Error(`Two routes are named ${duplicate}: give one of them another @OperationId`);
    return routes;
  }

  /**
   * Runs `fn` while route constraints (`:kind(cardholders|cards)`, Fastify syntax) are hidden from the routes' path
   * metadata: @nestjs/swagger parses paths with path-to-regexp, which rejects them. Synchronous, and restored at once.
   */
  withoutRouteConstraints<T>(fn: () => T): T {
    const restore: Array<[object, string]> = [];
    for (const wrapper of this.discovery.getControllers()) {
      if (!wrapper.instance) continue;
      const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, object>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const path = routePathOf(prototype[name]);
        if (typeof path !== 'string' || !path.includes('(')) continue;
        restore.push([prototype[name], path]);
        setRoutePath(prototype[name], path.replace(/\([^)]*\)/g, ''));
      }
    }
    try {
      return fn();
    } finally {
      for (const [handler, path] of restore) setRoutePath(handler, path);
    }
  }

  private describe(controller: Constructor, name: string, handler: (...args: unknown[]) => unknown, methodPath: string | string[]): CatalogRoute {
    const targets = [handler, controller];
    const method = httpMethodOf(handler);
    const argument = (kind: WholeArgument): Constructor | undefined => {
      const type = wholeArgumentTypeOf(controller, name, kind);
      return PLAIN_TYPES.has(type) ? undefined : (type as Constructor);
    };
    const docs: RouteDocs = { ...this.reflector.get<RouteDocs | undefined>(ROUTE_DOCS, controller), ...this.reflector.get<RouteDocs | undefined>(ROUTE_DOCS, handler) };
    return {
      operationId: docs.operationId ?? `${controller.name}_${name}`,
      method,
      path: joinPath(routePathOf(controller), methodPath),
      scopes: this.reflector.getAllAndOverride<Scope[] | undefined>(REQUIRED_SCOPES, targets) ?? [],
      isPublic: this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true,
      idempotent: this.reflector.get<unknown>(IDEMPOTENT_ROUTE, handler) !== undefined,
      status: httpCodeOf(handler) ?? (method === 'POST' ? 201 : 200),
      body: argument('body'),
      query: argument('query'),
      params: argument('params'),
      upload: this.reflector.get<UploadDeclaration | undefined>(UPLOAD_ROUTE, handler),
      takesFiles: takesUploadedFiles(controller, name),
      startsJob: this.reflector.get<JobType[] | undefined>(STARTS_JOB, handler),
      docs,
      access: this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_DECLARATION, targets),
      interceptors: interceptorsOf(controller, handler),
    };
  }
}
