import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createLogger } from '#common';
import { loadBffConfig } from '../config/load-bff-config.js';
import { createBffApp } from '../create-bff-app.js';
import { DOCS_PATH } from './api-docs.js';

/** Where the committed document lives (relative to the repository root), and how to bring it up to date. */
export const OPENAPI_SNAPSHOT_PATH = 'docs/openapi.json';
export const OPENAPI_SNAPSHOT_COMMAND = 'npm run openapi';

/**
 * The settings the committed document is built with: every surface configured (the migration routes exist only when
 * MIGO_MIGRATION_BASE_URL is set) and made-up credentials, since nothing calls Migo while the document is built. The
 * upstream URLs point at a closed port for the same reason. Only Redis is real: the BFF connects at boot.
 */
export function openApiSnapshotEnv(redis: { url: string; keyPrefix: string }): Record<string, string> {
  const nowhere = 'http://127.0.0.1:9';
  return {
    REDIS_URL: redis.url,
    REDIS_KEY_PREFIX: redis.keyPrefix,
    LOG_LEVEL: 'silent',
    BFF_ADMIN_DASHBOARD: 'false',
    BFF_API_DOCS_UI: 'false',
    BFF_API_KEYS: '[]',
    CMS_OPERATOR_SESSIONS: 'true',
    CMS_SESSION_KEY: randomBytes(32).toString('base64'),
    MIGO_WALLET_BASE_URL: `${nowhere}/rest`,
    MIGO_CMS_BASE_URL: `${nowhere}/cms/rest`,
    MIGO_MIDDLEWARE_BASE_URL: `${nowhere}/mw`,
    MIGO_MIGRATION_BASE_URL: `${nowhere}/migration`,
    MIGO_MERCHANT_PRIVATE_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    MIGO_CMS_OPERATOR_EMAIL: 'snapshot@example.com',
    MIGO_CMS_OPERATOR_PASSWORD: randomBytes(16).toString('hex'),
    MIGO_MW_MERCHANT_TOKEN: randomBytes(32).toString('hex'),
    MIGO_MW_JWT: randomBytes(32).toString('hex'),
    MIGO_MIGRATION_JWT: randomBytes(32).toString('hex'),
  };
}

/** The document the BFF serves at /docs-json, asked for in-process (the app never listens), as stable JSON. */
export async function servedOpenApiSnapshot(env: Record<string, string>): Promise<string> {
  const config = loadBffConfig(env);
  const app = await createBffApp(config, createLogger({ name: 'openapi', level: 'silent' }));
  try {
    const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: `/${DOCS_PATH}-json` });
    if (response.statusCode !== 200) throw new Error(`/${DOCS_PATH}-json answered ${response.statusCode}: ${response.body.slice(0, 500)}`);
    return stableJson(JSON.parse(response.body));
  } finally {
    await app.close();
  }
}

/** JSON with every object's keys sorted, two-space indented, ending in a newline: the same document, the same bytes. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
