// Part of `npm run build`: regenerates the TypeScript client's types and operations index from docs/openapi.json
// (the committed document, so no Redis and no running BFF are needed). `npm run openapi` refreshes that document.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_DIR, generateClientFiles } from './lib/client-generation.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = await generateClientFiles(readFileSync(join(root, 'docs/openapi.json'), 'utf8'));
for (const [name, contents] of Object.entries(files)) writeFileSync(join(root, GENERATED_DIR, name), contents);
