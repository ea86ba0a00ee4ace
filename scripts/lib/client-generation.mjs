// What `npm run build` generates in clients/typescript/src/generated/ from the committed OpenAPI document: the types
// (openapi-typescript) and the operations index the client needs at run time (method, path, Idempotency-Key).
import openapiTS, { astToString } from 'openapi-typescript';

export const GENERATED_DIR = 'clients/typescript/src/generated';
const HEADER = '// Generated from docs/openapi.json by `npm run build` (scripts/generate-client.mjs). Do not edit.\n';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** @param {string} documentText the committed docs/openapi.json @returns {Promise<Record<string, string>>} file name → contents */
export async function generateClientFiles(documentText) {
  const document = JSON.parse(documentText);
  const operations = operationsIndex(document);
  const types = astToString(await openapiTS(document, { rootTypes: false }));
  return { 'openapi.ts': HEADER + types, 'operations.ts': HEADER + operations };
}

function operationsIndex(document) {
  const entries = [];
  const seen = new Set();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      if (seen.has(operation.operationId)) throw new Error(`Two operations are named ${operation.operationId}`);
      seen.add(operation.operationId);
      const idempotent = (operation.parameters ?? []).some((parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'idempotency-key');
      entries.push(`  ${JSON.stringify(operation.operationId)}: { method: '${method}', path: ${JSON.stringify(path)}, idempotent: ${idempotent} },`);
    }
  }
  entries.sort();
  return [
    '/** Every operation of the BFF by operationId: its route, and whether it takes an Idempotency-Key (money-moving writes). */',
    'export const OPERATIONS = {',
    ...entries,
    '} as const;',
    '',
  ].join('\n');
}
