// Local credentials for `npm start`: generated once into .local/ (git-ignored), never committed.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads `<dir>/dev-secrets.json`, creating the credentials on first use. */
export function loadOrCreateDevSecrets(dir) {
  const file = join(dir, 'dev-secrets.json');
  if (existsSync(file)) {
    const existing = JSON.parse(readFileSync(file, 'utf8'));
    // Secrets files from before operator sessions get their key once.
    if (!existing.cmsSessionKey) {
      existing.cmsSessionKey = randomBytes(32).toString('base64');
      writeFileSync(file, JSON.stringify(existing, null, 2), { mode: 0o600 });
    }
    return existing;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const privateKeyFile = join(dir, 'merchant-ed25519.pem');
  writeFileSync(privateKeyFile, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
  const demoApiKey = `migo_demo_${randomBytes(24).toString('base64url')}`;
  const secrets = {
    merchantSlug: 'migoDeveloper',
    privateKeyFile,
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    middlewareMerchantToken: randomBytes(32).toString('hex'),
    middlewareJwt: `mwjwt.${randomBytes(24).toString('base64url')}`,
    migrationJwt: `migjwt.${randomBytes(24).toString('base64url')}`,
    demoApiKey,
    demoApiKeySha256: createHash('sha256').update(demoApiKey).digest('hex'),
    cmsSessionKey: randomBytes(32).toString('base64'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}
