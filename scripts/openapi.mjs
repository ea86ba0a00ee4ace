// `npm run openapi`: writes docs/openapi.json, the document the BFF serves at /docs-json, from the build (the npm
// script compiles first). The BFF is created in-process and never listens; it connects to Redis at boot, so Redis is
// found or started as for `npm start`. Review the diff: a change there is a change for every app's generated client.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRedis } from './lib/redis.mjs';
import { requireSupportedNode } from './lib/runtime.mjs';

requireSupportedNode();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { OPENAPI_SNAPSHOT_PATH, openApiSnapshotEnv, servedOpenApiSnapshot } = await import('../dist/apps/bff/src/openapi/openapi-snapshot.js');
const redis = await ensureRedis();
try {
  const document = await servedOpenApiSnapshot(openApiSnapshotEnv({ url: redis.url, keyPrefix: `openapi-snapshot-${process.pid}` }));
  writeFileSync(join(root, OPENAPI_SNAPSHOT_PATH), document);
  process.stdout.write(`Wrote ${OPENAPI_SNAPSHOT_PATH} (${Object.keys(JSON.parse(document).paths).length} paths)\n`);
} finally {
  await redis.stop();
}
