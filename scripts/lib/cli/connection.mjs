// Where the command-line client finds the BFF and its API key, and the errors it reports as a message and exit code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** BFF_URL / BFF_API_KEY, defaulting to the local stack `npm start` runs and the demo key it created in .local/. */
export function connection(root, env = process.env) {
  const url = (env.BFF_URL ?? `http://127.0.0.1:${env.BFF_PORT ?? '3000'}`).replace(/\/$/, '');
  const secrets = join(root, '.local/dev-secrets.json');
  const key = env.BFF_API_KEY ?? (existsSync(secrets) ? JSON.parse(readFileSync(secrets, 'utf8')).demoApiKey : undefined);
  if (!key) throw new CliError('No API key: set BFF_API_KEY (or run `npm start` once, which creates a demo key).', 2);
  return { url, key };
}

export class CliError extends Error {
  constructor(message, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}
