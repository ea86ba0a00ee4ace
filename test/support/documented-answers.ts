import type { INestApplication } from '@nestjs/common';
import type { OpenAPIObject, ResponseObject } from '@nestjs/swagger';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildOpenApiDocument } from '../../apps/bff/src/openapi/openapi-document.js';

/**
 * Checks answers against what the app's OpenAPI document promises for them: the JSON schema of `method path` and
 * `status` (a path as the document writes it: `/v1/wallet/cards/{cardId}`), every `$ref` resolved in its components.
 */
export class DocumentedAnswers {
  readonly document: OpenAPIObject;
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(app: INestApplication) {
    this.document = buildOpenApiDocument(app);
    addFormats.default(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ components: this.document.components }, 'openapi');
  }

  /** What is wrong with `body` as the answer of that operation and status (`[]`: it conforms). */
  errors(method: string, path: string, status: number, body: unknown): string[] {
    const validate = this.validator(method.toLowerCase(), path, status);
    return validate(body) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());
  }

  private validator(method: string, path: string, status: number): ValidateFunction {
    const key = `${method} ${path} ${status}`;
    const known = this.validators.get(key);
    if (known) return known;
    const operation = this.document.paths[path]?.[method as 'get'];
    const schema = (operation?.responses?.[String(status)] as ResponseObject | undefined)?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`The document gives ${key} no JSON schema`);
    const validate = this.ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')) as object);
    this.validators.set(key, validate);
    return validate;
  }
}
