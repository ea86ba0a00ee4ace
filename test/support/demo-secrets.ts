import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';

export interface DemoSecrets {
  merchantSlug: string;
  privateKeyPem: string;
  publicKeyPem: string;
  middlewareMerchantToken: string;
  middlewareJwt: string;
  migrationJwt: string;
}

/** Fresh credentials for one test run; nothing secret is ever committed. */
export function generateDemoSecrets(merchantSlug = 'migoDeveloper'): DemoSecrets {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    merchantSlug,
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    middlewareMerchantToken: randomBytes(32).toString('hex'),
    middlewareJwt: `mwjwt.${randomBytes(24).toString('base64url')}`,
    migrationJwt: `migjwt.${randomBytes(24).toString('base64url')}`,
  };
}

/** Signs a login the way libs/migo-auth does (the simulator's assumed recipe: the merchant slug's bytes). */
export function signLogin(secrets: DemoSecrets, merchant = secrets.merchantSlug): string {
  return sign(null, Buffer.from(merchant, 'utf8'), secrets.privateKeyPem).toString('base64');
}
