import { randomBytes, scrypt } from 'node:crypto';

/** Salted scrypt hash of a password or PIN, as `scrypt$<salt>$<key>` (base64). The clear value is never kept. */
export function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, 32, (error, key) => (error ? reject(error) : resolve(`scrypt$${salt.toString('base64')}$${key.toString('base64')}`)));
  });
}
