import { randomBytes } from 'node:crypto';
import { ConfigValidationError, loadConfig } from '#common';
import { CmsSessionEnv } from './cms-session.config.js';
import { SessionCipher } from './session-cipher.js';

describe('operator session settings and encryption', () => {
  const sessions = (env: Record<string, string>) => {
    try {
      return loadConfig(CmsSessionEnv, env);
    } catch (error) {
      if (error instanceof ConfigValidationError) return error.message;
      throw error;
    }
  };

  it('refuses to boot with sessions on and a missing or short key; accepts 32 bytes, or sessions off without a key', () => {
    expect(sessions({ CMS_OPERATOR_SESSIONS: 'true' })).toEqual(expect.stringContaining('CMS_SESSION_KEY'));
    expect(sessions({ CMS_OPERATOR_SESSIONS: 'true', CMS_SESSION_KEY: randomBytes(16).toString('base64') })).toEqual(expect.stringContaining('CMS_SESSION_KEY'));
    expect(sessions({ CMS_OPERATOR_SESSIONS: 'true', CMS_SESSION_KEY: randomBytes(32).toString('base64') })).toMatchObject({ CMS_OPERATOR_SESSIONS: true });
    expect(sessions({})).toMatchObject({ CMS_OPERATOR_SESSIONS: false });
  });

  it('opens only what it sealed, with the same key and under the same binding', () => {
    const key = randomBytes(32).toString('base64');
    const cipher = new SessionCipher(key);
    const sealed = cipher.seal('{"accessToken":"secret"}', 'k1');
    expect(sealed).not.toContain('secret');
    expect(cipher.open(sealed, 'k1')).toBe('{"accessToken":"secret"}');
    expect(cipher.open(sealed, 'k2')).toBeUndefined();
    expect(new SessionCipher(randomBytes(32).toString('base64')).open(sealed, 'k1')).toBeUndefined();
    const tampered = Buffer.from(sealed, 'base64');
    tampered[tampered.length - 1] ^= 1;
    expect(cipher.open(tampered.toString('base64'), 'k1')).toBeUndefined();
  });
});
