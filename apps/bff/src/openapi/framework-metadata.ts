/**
 * Every read of Nest's and class-transformer's internal metadata, in one file. Neither library has a public API for
 * what the route catalog and the DTO schemas need (a handler's path and HTTP method, its parameter decorators, its
 * interceptors and @HttpCode; the @Type() of a nested DTO), so these reads use their private metadata keys and
 * storage. Kept here, an upgrade that moves them is a change to this file alone.
 */
import { RequestMethod } from '@nestjs/common';
import { GUARDS_METADATA, HTTP_CODE_METADATA, INTERCEPTORS_METADATA, METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { MetadataStorage as TransformerMetadata } from 'class-transformer/types/MetadataStorage.js';
import { createRequire } from 'node:module';

type Constructor = abstract new (...args: never[]) => unknown;

/** The guards @UseGuards() put on a controller class (not its handlers). */
export function controllerGuardsOf(controller: Constructor): unknown[] {
  return (Reflect.getMetadata(GUARDS_METADATA, controller) as unknown[] | undefined) ?? [];
}

/** The path given to @Get()/@Post()/… or @Controller(); undefined on a method that is not a route. */
export function routePathOf(target: object): string | string[] | undefined {
  return Reflect.getMetadata(PATH_METADATA, target) as string | string[] | undefined;
}

/** Replaces a handler's route path (restore it afterwards: Nest has registered the route already). */
export function setRoutePath(handler: object, path: string): void {
  Reflect.defineMetadata(PATH_METADATA, path, handler);
}

/** `GET`, `POST`, … of a route handler. */
export function httpMethodOf(handler: object): string {
  return RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
}

/** The status set by @HttpCode(), if any. */
export function httpCodeOf(handler: object): number | undefined {
  return Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
}

/** @UseInterceptors() of the controller, then of the handler: the order they run in. */
export function interceptorsOf(controller: object, handler: object): unknown[] {
  const of = (target: object) => (Reflect.getMetadata(INTERCEPTORS_METADATA, target) ?? []) as unknown[];
  return [...of(controller), ...of(handler)];
}

export type WholeArgument = 'body' | 'query' | 'params';

const PARAM_TYPES: Record<WholeArgument, RouteParamtypes> = { body: RouteParamtypes.BODY, query: RouteParamtypes.QUERY, params: RouteParamtypes.PARAM };

/** The declared type of the handler's whole-object @Body(), @Query() or @Param() argument (not `@Query('name')`). */
export function wholeArgumentTypeOf(controller: Constructor, method: string, kind: WholeArgument): unknown {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, { index: number; data?: unknown }>;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype as object, method) ?? []) as unknown[];
  const entry = Object.entries(args).find(([key, value]) => key.split(':')[0] === String(PARAM_TYPES[kind]) && value.data === undefined);
  return entry ? types[entry[1].index] : undefined;
}

/** Whether the handler takes @UploadedFile() or @UploadedFiles(): it reads a multipart form. */
export function takesUploadedFiles(controller: Constructor, method: string): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<string, unknown>;
  const fileTypes = new Set([String(RouteParamtypes.FILE), String(RouteParamtypes.FILES)]);
  return Object.keys(args).some((key) => fileTypes.has(key.split(':')[0]));
}

/**
 * class-transformer's @Type() metadata: a singleton it does not export from its entry point, through which nested DTOs
 * (`@ValidateNested() @Type(() => Item)`) are resolved.
 */
export const classTransformerMetadata = (createRequire(import.meta.url)('class-transformer/cjs/storage.js') as { defaultMetadataStorage: TransformerMetadata }).defaultMetadataStorage;
