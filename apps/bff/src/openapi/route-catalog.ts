import { Injectable, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, REQUIRED_SCOPES } from '../auth/auth.decorators.js';
import type { Scope } from '../auth/scopes.js';
import { IDEMPOTENT_ROUTE } from '../http/idempotency.interceptor.js';
import { ACCESS_DECLARATION, AccessDeclaration } from '../access/access-declaration.js';

type Constructor = new (...args: never[]) => unknown;

/** What the code itself says about one route: where it is, who may call it, and the classes that validate its input. */
export interface CatalogRoute {
  /** `<Controller>_<method>`, as @nestjs/swagger names the operation. */
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
  /** A file upload interceptor reads the body as multipart/form-data. */
  multipart: boolean;
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

/** @nestjs/platform-fastify's upload interceptors are mixins of one (unexported) host class. */
export function isMultipartInterceptor(interceptor: unknown): boolean {
  for (let proto = typeof interceptor === 'function' ? interceptor : undefined; proto; proto = Object.getPrototypeOf(proto)) {
    if ((proto as { name?: string }).name === 'MultipartInterceptorHost') return true;
  }
  return false;
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
        const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (methodPath === undefined) continue;
        routes.push(this.describe(controller, name, handler, methodPath));
      }
    }
    const ids = routes.map((route) => route.operationId);
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate) throw new Error(`Two routes are named ${duplicate}: give one of the controllers another class name`);
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
        const path = Reflect.getMetadata(PATH_METADATA, prototype[name]) as unknown;
        if (typeof path !== 'string' || !path.includes('(')) continue;
        restore.push([prototype[name], path]);
        Reflect.defineMetadata(PATH_METADATA, path.replace(/\([^)]*\)/g, ''), prototype[name]);
      }
    }
    try {
      return fn();
    } finally {
      for (const [handler, path] of restore) Reflect.defineMetadata(PATH_METADATA, path, handler);
    }
  }

  private describe(controller: Constructor, name: string, handler: (...args: unknown[]) => unknown, methodPath: string | string[]): CatalogRoute {
    const targets = [handler, controller];
    const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
    const method = RequestMethod[requestMethod];
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
    const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as unknown[];
    const argument = (kind: RouteParamtypes): Constructor | undefined => {
      const entry = Object.entries(args).find(([key, value]) => key.split(':')[0] === String(kind) && value.data === undefined);
      const type = entry ? types[entry[1].index] : undefined;
      return PLAIN_TYPES.has(type) ? undefined : (type as Constructor);
    };
    const interceptors = [...(this.reflector.get<unknown[]>(INTERCEPTORS_METADATA, controller) ?? []), ...(this.reflector.get<unknown[]>(INTERCEPTORS_METADATA, handler) ?? [])];
    return {
      operationId: `${controller.name}_${name}`,
      method,
      path: joinPath(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined, methodPath),
      scopes: this.reflector.getAllAndOverride<Scope[] | undefined>(REQUIRED_SCOPES, targets) ?? [],
      isPublic: this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true,
      idempotent: this.reflector.get<unknown>(IDEMPOTENT_ROUTE, handler) !== undefined,
      status: this.reflector.get<number | undefined>(HTTP_CODE_METADATA, handler) ?? (method === 'POST' ? 201 : 200),
      body: argument(RouteParamtypes.BODY),
      query: argument(RouteParamtypes.QUERY),
      params: argument(RouteParamtypes.PARAM),
      multipart: interceptors.some(isMultipartInterceptor),
      access: this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_DECLARATION, targets),
      interceptors,
    };
  }
}
