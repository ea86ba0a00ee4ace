import { applyDecorators, SetMetadata, type Type, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import type { TSchema } from 'typebox';
import type { JobType } from '#jobs';

type Constructor = abstract new (...args: never[]) => unknown;

export const ROUTE_DOCS = 'bff:route-docs';
export const UPLOAD_ROUTE = 'bff:upload';
export const STARTS_JOB = 'bff:starts-job';

/**
 * A response shape: a TypeBox schema whose `title` names it in the document's components. The schema is the one source
 * of the shape: its TypeScript type is `Type.Static<typeof Schema>` (exported beside it under the same name), used by
 * the surface client, the controller and, through the document, the generated client.
 */
export type NamedSchema = TSchema & { title: string };

/** What a route's other metadata cannot tell the OpenAPI document (a handler that writes its own answer or reads its own body). */
export interface RouteDocs {
  /** The operation's stable name (`createCardTransfer`): the method name in every client generated from the document. */
  operationId?: string;
  /** The success answer (on a 202: what Migo answered, the job's `upstream`). */
  returns?: NamedSchema;
  /** Other success statuses the route answers with the same schema, and when (a create that may find the existing one). */
  alsoAnswers?: Record<number, string>;
  /** Problem statuses the route answers besides those its other metadata implies (an edge of its own). */
  refuses?: number[];
  /** The success answer is not JSON. */
  produces?: 'event-stream' | 'file' | 'prometheus';
  /** The handler picks the body's class itself (the first that fits). */
  bodyOneOf?: Constructor[];
  /** Answered from Redis alone: Migo's failures (502, 504) cannot happen. */
  answeredLocally?: boolean;
  /** The answer carries an ETag and may be 304 Not Modified. */
  conditional?: boolean;
}

/** Adds to the docs already on the handler or controller (a handler's docs override its controller's). */
function documents(docs: RouteDocs): MethodDecorator & ClassDecorator {
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder = (descriptor?.value as object | undefined) ?? target;
    Reflect.defineMetadata(ROUTE_DOCS, { ...(Reflect.getOwnMetadata(ROUTE_DOCS, holder) as RouteDocs | undefined), ...docs }, holder);
  };
}

/**
 * The success answer is this schema, a TypeBox schema with a `title` (TypeBox's types do not carry the title, so it
 * is checked here, when the controller is loaded).
 */
export function Returns(schema: TSchema): MethodDecorator & ClassDecorator {
  if (!isNamedSchema(schema)) throw new Error(`@Returns needs a schema with a title (its name in the document): ${JSON.stringify(schema).slice(0, 120)}`);
  return documents({ returns: schema });
}

export function isNamedSchema(schema: unknown): schema is NamedSchema {
  const title = typeof schema === 'object' && schema !== null ? (schema as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title !== '';
}

/** The route also answers `status` (besides its own) with its @Returns schema, in the case `when` says. */
export const AlsoAnswers = (status: number, when: string) => documents({ alsoAnswers: { [status]: when } });

/** The route (or controller) also answers these problem statuses, from an edge of its own the document cannot see. */
export const Refuses = (...statuses: number[]) => documents({ refuses: statuses });

/** The operation's stable, hand-chosen name: lowerCamelCase, verb first (`createCardTransfer`, `getJob`), unique. */
export const OperationId = (operationId: string) => documents({ operationId });

/** The success answer is a file, Server-Sent Events or Prometheus text, not JSON. */
export const Produces = (kind: NonNullable<RouteDocs['produces']>) => documents({ produces: kind });

/** The body is the first of these classes it fits (the handler validates it itself). */
export const BodyOneOf = (...types: Constructor[]) => documents({ bodyOneOf: types });

/** Answered from the BFF's own state (Redis) without calling Migo: no 502 or 504. */
export const AnsweredLocally = () => documents({ answeredLocally: true });

/** The answer carries an ETag; `If-None-Match` may get 304 Not Modified. */
export const Conditional = () => documents({ conditional: true });

/** The fields of a multipart upload, for the document; without `files`, its file fields are described generically. */
export interface UploadForm {
  files?: string[];
  textFields?: string[];
  /** The same upload may come as JSON rows (`[...]` or `{rows, <textFields>}`) of this class instead. */
  jsonRows?: Constructor;
}

export interface UploadDeclaration extends UploadForm {
  /** The interceptor that parses the form (FileInterceptor(…), FileFieldsInterceptor(…)). */
  interceptor: Type<NestInterceptor>;
}

/**
 * The route takes a multipart/form-data upload: installs `interceptor` (in place of `@UseInterceptors(interceptor)`)
 * and records it, so the document and the access boot check know the route parses a form and where in the chain.
 */
export function Upload(interceptor: Type<NestInterceptor>, form: UploadForm = {}): MethodDecorator {
  return applyDecorators(SetMetadata(UPLOAD_ROUTE, { ...form, interceptor } satisfies UploadDeclaration), UseInterceptors(interceptor));
}

/**
 * The route starts (or starts following) work Migo finishes later and answers 202 with the job (`accepted()`): names
 * the job type(s) it may create, for the document's `x-starts-job`.
 */
export function StartsJob(...types: JobType[]): MethodDecorator {
  if (types.length === 0) throw new Error('@StartsJob needs at least one job type');
  return SetMetadata(STARTS_JOB, types);
}
