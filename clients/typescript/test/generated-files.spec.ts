import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_DIR, generateClientFiles } from '../../../scripts/lib/client-generation.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const CLIENT_TSCONFIG = 'clients/typescript/tsconfig.json';

describe('the TypeScript client package', () => {
  it('has the generated files that the committed docs/openapi.json produces', async () => {
    const expected = await generateClientFiles(readFileSync(join(ROOT, 'docs/openapi.json'), 'utf8'));
    expect(Object.keys(expected).sort()).toEqual(['openapi.ts', 'operations.ts']);
    for (const [name, contents] of Object.entries(expected)) {
      const path = `${GENERATED_DIR}/${name}`;
      if (readFileSync(join(ROOT, path), 'utf8') !== contents) {
        throw new Error(`${path} is not what docs/openapi.json generates: run npm run build and commit the result`);
      }
    }
  });

  it('refuses a document whose operations cannot all be called by a distinct operationId', async () => {
    const document = (operationIds: Array<string | undefined>) =>
      JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: Object.fromEntries(operationIds.map((operationId, i) => [`/r${i}`, { get: { operationId, responses: { 200: { description: 'ok' } } } }])) });
    await expect(generateClientFiles(document(['getA', 'getA']))).rejects.toThrow('Two operations are named getA');
    await expect(generateClientFiles(document(['getA', undefined]))).rejects.toThrow('GET /r1 has no operationId');
  });

  it('depends on the openapi-fetch the repository tests it with', () => {
    const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
    expect(read('clients/typescript/package.json').dependencies['openapi-fetch']).toBe(read('package.json').devDependencies['openapi-fetch']);
  });

  it('compiles under strict', () => {
    expect(JSON.parse(readFileSync(join(ROOT, CLIENT_TSCONFIG), 'utf8')).compilerOptions).toMatchObject({ strict: true, noUncheckedIndexedAccess: true });
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', CLIENT_TSCONFIG, '--noEmit'], { cwd: ROOT, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 60_000);
});
