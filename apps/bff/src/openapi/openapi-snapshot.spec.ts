import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_REDIS_URL, testRedis } from '#test-support';
import { OPENAPI_SNAPSHOT_COMMAND, OPENAPI_SNAPSHOT_PATH, openApiSnapshotEnv, servedOpenApiSnapshot, stableJson } from './openapi-snapshot.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

type Document = { paths: Record<string, Record<string, unknown>>; components?: { schemas?: Record<string, unknown> } };

/** What differs between two documents, by operation and schema, so the failure says where to look. */
function documentChanges(committed: Document, served: Document): string[] {
  const entries = (document: Document) =>
    new Map<string, string>([
      ...Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]): [string, string] => [`${method.toUpperCase()} ${path}`, JSON.stringify(operation)])),
      ...Object.entries(document.components?.schemas ?? {}).map(([name, schema]): [string, string] => [`schema ${name}`, JSON.stringify(schema)]),
    ]);
  const [before, after] = [entries(committed), entries(served)];
  const changes = [...new Set([...before.keys(), ...after.keys()])].flatMap((key) =>
    !before.has(key) ? [`added ${key}`] : !after.has(key) ? [`removed ${key}`] : before.get(key) !== after.get(key) ? [`changed ${key}`] : [],
  );
  return changes.length > 0 ? changes : ['elsewhere in the document'];
}

describe('the committed OpenAPI document', () => {
  it(`${OPENAPI_SNAPSHOT_PATH} is the document the BFF serves at /docs-json, byte for byte`, async () => {
    const redis = testRedis('openapi-snapshot');
    try {
      const served = await servedOpenApiSnapshot(openApiSnapshotEnv({ url: TEST_REDIS_URL, keyPrefix: redis.prefix }));
      const committed = readFileSync(join(ROOT, OPENAPI_SNAPSHOT_PATH), 'utf8');
      if (served !== committed) {
        const changes = documentChanges(JSON.parse(committed), JSON.parse(served));
        throw new Error(
          `${OPENAPI_SNAPSHOT_PATH} is not the document the BFF serves: run ${OPENAPI_SNAPSHOT_COMMAND} and review the diff ` +
            `(then npm run build regenerates the TypeScript client). What differs:\n  ${changes.slice(0, 20).join('\n  ')}${changes.length > 20 ? `\n  … and ${changes.length - 20} more` : ''}`,
        );
      }
    } finally {
      await redis.cleanup();
    }
  });

  it('is written the same way whatever the order the keys were built in', () => {
    const document = { paths: { '/b': { post: { responses: { 201: {}, 200: {} } } }, '/a': { get: {} } }, openapi: '3.1.0' };
    const reordered = { openapi: '3.1.0', paths: { '/a': { get: {} }, '/b': { post: { responses: { 200: {}, 201: {} } } } } };
    expect(stableJson(document)).toBe(stableJson(reordered));
    expect(stableJson({ list: [3, 1, 2] })).toBe('{\n  "list": [\n    3,\n    1,\n    2\n  ]\n}\n'); // arrays keep their order
  });
});
