import { SwaggerModule } from '@nestjs/swagger';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { buildOpenApiDocument } from './openapi-document.js';

export const DOCS_PATH = 'docs';

/**
 * `/docs-json` always; the Swagger UI at `/docs` when `ui` (its static files need @fastify/static, CommonJS that
 * requires ESM: Node loads it, Jest cannot, so in-process specs run without the UI and the e2e suite covers it).
 * The document is built on first request, once every module is up, and kept.
 */
export function installApiDocs(app: NestFastifyApplication, options: { ui: boolean }): void {
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  SwaggerModule.setup(DOCS_PATH, app, () => (document ??= buildOpenApiDocument(app)), {
    ui: options.ui,
    raw: ['json'],
    customSiteTitle: 'Migo BFF API',
    swaggerOptions: { persistAuthorization: true, displayRequestDuration: true, tryItOutEnabled: false },
  });
}
