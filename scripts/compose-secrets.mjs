// docker compose: creates the demo credentials once in the shared /secrets volume and writes /secrets/env,
// which every service sources before starting (see docker-compose.yml).
import { chownSync, readdirSync, writeFileSync } from 'node:fs';
import { loadOrCreateDevSecrets } from './lib/dev-secrets.mjs';
import { stackEnv } from './lib/stack-env.mjs';

const dir = process.env.SECRETS_DIR ?? '/secrets';
const secrets = loadOrCreateDevSecrets(dir);
const env = stackEnv({ secrets, simulatorUrl: 'http://simulator:4010', redisUrl: 'redis://redis:6379', base: process.env });
const quote = (value) => `'${String(value).replace(/'/g, `'\\''`)}'`;
writeFileSync(`${dir}/env`, Object.entries(env).map(([k, v]) => `export ${k}=${quote(v)}`).join('\n') + '\n', { mode: 0o600 });
// The app containers run as the image's `node` user (uid 1000).
if (process.getuid?.() === 0) for (const name of ['', ...readdirSync(dir)]) chownSync(`${dir}/${name}`, 1000, 1000);
process.stdout.write(`Demo API key: ${secrets.demoApiKey}\n`);
