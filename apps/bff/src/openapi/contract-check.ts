import type { OpenAPIObject, ReferenceObject, ResponseObject } from '@nestjs/swagger';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from '#common';
import type { AppLogger } from '#common';
import { routeTemplate } from '../http/route-template.js';
import { toOpenApiPath } from './registered-routes.js';

export const CONTRACT_CHECK_MODES = ['off', 'report'] as const;
export type ContractCheckMode = (typeof CONTRACT_CHECK_MODES)[number];

/** One way an answer differed from the document: where and which rule, never the value (it may be card data). */
export interface ContractViolation {
  method: string;
  route: string;
  status: number;
  /** `undocumented-status`, `undocumented-content-type`, `invalid-json`, or Ajv's keyword (`enum`, `type`, `required`…). */
  keyword: string;
  instancePath: string;
  message: string;
}

/** What the check tells: the violations seen (each once), for the log, a counter and the test harness. */
export interface ContractCheck {
  /** Builds the document and readies the validator (once the app is initialised), so no answer waits for it. */
  prepare(): void;
  /** The violations seen since the last take (each once), forgotten: a later identical one is reported again. */
  take(): ContractViolation[];
}

const JSON_TYPES = new Set(['application/json', PROBLEM_CONTENT_TYPE]);
const DOCUMENT_ID = 'openapi';
/** An Ajv error has a message of Ajv's making (the rule), never the instance value; params may hold values and are dropped. */
const MAX_ERRORS_PER_ANSWER = 10;

/**
 * Validates every JSON answer (problem+json included) against the app's own OpenAPI document, by operation and status,
 * and reports what does not match: logged once per distinct violation as `contract violation` and counted. It never
 * changes the answer. Off in production by default (it parses every answer); the e2e harness turns it on.
 * `document` is called once, by `prepare()` or else on the first answer.
 */
export function installContractCheck(
  fastify: FastifyInstance,
  document: () => OpenAPIObject,
  logger: AppLogger,
  count: (violation: ContractViolation) => void,
): ContractCheck {
  const seen = new Map<string, ContractViolation>();
  let validators: ResponseValidators | undefined;
  const report = (violation: ContractViolation) => {
    const key = JSON.stringify(violation);
    if (seen.has(key)) return;
    seen.set(key, violation);
    count(violation);
    logger.warn(violation, 'contract violation');
  };
  fastify.addHook('onSend', (request, reply, payload, done) => {
    try {
      const mediaType = String(reply.getHeader('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (!JSON_TYPES.has(mediaType) || typeof payload !== 'string') return done(null, payload);
      validators ??= new ResponseValidators(document());
      const answer = { method: request.method, route: routeTemplate(request), status: reply.statusCode };
      for (const problem of validators.check(request, answer.status, mediaType, payload)) report({ ...answer, ...problem });
    } catch (error) {
      logger.error({ err: error }, 'contract check failed');
    }
    done(null, payload);
  });
  return {
    prepare() {
      validators ??= new ResponseValidators(document());
    },
    take() {
      const taken = [...seen.values()];
      seen.clear();
      return taken;
    },
  };
}

type Problem = Pick<ContractViolation, 'keyword' | 'instancePath' | 'message'>;

/** One compiled validator per operation, status and media type, made on first use. */
class ResponseValidators {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenAPIObject) {
    addFormats.default(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ paths: document.paths, components: document.components }, DOCUMENT_ID);
  }

  check(request: FastifyRequest, status: number, mediaType: string, payload: string): Problem[] {
    const pointer = this.schemaPointer(request, status, mediaType);
    if (typeof pointer !== 'string') return pointer;
    let body: unknown;
    try {
      body = JSON.parse(payload);
    } catch {
      return [{ keyword: 'invalid-json', instancePath: '', message: `the ${mediaType} body does not parse` }];
    }
    const validate = this.validatorFor(pointer);
    if (validate(body)) return [];
    return (validate.errors ?? []).slice(0, MAX_ERRORS_PER_ANSWER).map((error) => ({ keyword: error.keyword, instancePath: error.instancePath, message: error.message ?? '' }));
  }

  /**
   * Where the answer's schema is in the document, or what is wrong. A route the document does not list (the document
   * itself, an unmatched path) is only held to the one error format, Problem.
   */
  private schemaPointer(request: FastifyRequest, status: number, mediaType: string): string | Problem[] {
    const template = request.routeOptions.url;
    const path = template === undefined ? undefined : toOpenApiPath(template);
    const method = request.method.toLowerCase();
    const operation = path === undefined ? undefined : (this.document.paths[path] as Record<string, { responses?: Record<string, ResponseObject | ReferenceObject> }> | undefined)?.[method];
    if (!operation) return mediaType === PROBLEM_CONTENT_TYPE ? '#/components/schemas/Problem' : [];
    const documented = operation.responses?.[String(status)];
    if (!documented) return [{ keyword: 'undocumented-status', instancePath: '', message: `the operation does not document status ${status}` }];
    const [responsePointer, response] =
      '$ref' in documented
        ? [documented.$ref, this.document.components!.responses![documented.$ref.split('/').pop()!] as ResponseObject]
        : [`#/paths/${escape(path!)}/${method}/responses/${status}`, documented];
    if (!response.content?.[mediaType]) return [{ keyword: 'undocumented-content-type', instancePath: '', message: `status ${status} is not documented as ${mediaType}` }];
    return `${responsePointer}/content/${escape(mediaType)}/schema`;
  }

  private validatorFor(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) this.compiled.set(pointer, (validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` })));
    return validate;
  }
}

/** A JSON Pointer segment (RFC 6901), URI-encoded for use in a $ref. */
function escape(segment: string): string {
  return encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'));
}
