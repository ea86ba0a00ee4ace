// The environment every process of the local stack gets, for `npm start`, docker compose and the e2e harness.

/**
 * @param {object} o
 * @param {object} o.secrets from loadOrCreateDevSecrets
 * @param {string} o.simulatorUrl base URL the BFF and worker reach the simulator at
 * @param {string} [o.redisUrl] one Redis server…
 * @param {string} [o.redisClusterNodes] …or the seed nodes of a Redis Cluster (host:port,…), instead
 * @param {Record<string,string|undefined>} [o.base] variables the operator already set (they win)
 */
export function stackEnv({ secrets, simulatorUrl, redisUrl, redisClusterNodes, base = {} }) {
  const pick = (name, fallback) => base[name] || fallback;
  return {
    ...(redisClusterNodes ? { REDIS_URL: '', REDIS_CLUSTER_NODES: redisClusterNodes } : { REDIS_URL: redisUrl }),
    SIM_MERCHANT_SLUG: secrets.merchantSlug,
    SIM_MERCHANT_PUBLIC_KEY: secrets.publicKeyPem,
    SIM_MW_MERCHANT_TOKEN: secrets.middlewareMerchantToken,
    SIM_MW_JWT: secrets.middlewareJwt,
    SIM_MIGRATION_JWT: secrets.migrationJwt,
    MIGO_WALLET_BASE_URL: pick('MIGO_WALLET_BASE_URL', `${simulatorUrl}/rest`),
    MIGO_CMS_BASE_URL: pick('MIGO_CMS_BASE_URL', `${simulatorUrl}/cms/rest`),
    MIGO_MIDDLEWARE_BASE_URL: pick('MIGO_MIDDLEWARE_BASE_URL', `${simulatorUrl}/mw`),
    MIGO_MIGRATION_BASE_URL: pick('MIGO_MIGRATION_BASE_URL', `${simulatorUrl}/migration`),
    MIGO_MERCHANT_SLUG: pick('MIGO_MERCHANT_SLUG', secrets.merchantSlug),
    MIGO_MERCHANT_PRIVATE_KEY_FILE: pick('MIGO_MERCHANT_PRIVATE_KEY_FILE', secrets.privateKeyFile),
    MIGO_MW_MERCHANT_TOKEN: pick('MIGO_MW_MERCHANT_TOKEN', secrets.middlewareMerchantToken),
    MIGO_MW_JWT: pick('MIGO_MW_JWT', secrets.middlewareJwt),
    MIGO_MIGRATION_JWT: pick('MIGO_MIGRATION_JWT', secrets.migrationJwt),
    MIGO_CMS_OPERATOR_EMAIL: pick('MIGO_CMS_OPERATOR_EMAIL', 'ops@acme.test'),
    MIGO_CMS_OPERATOR_PASSWORD: pick('MIGO_CMS_OPERATOR_PASSWORD', 'Operator#2026'),
    CMS_OPERATOR_SESSIONS: pick('CMS_OPERATOR_SESSIONS', 'true'),
    CMS_SESSION_KEY: pick('CMS_SESSION_KEY', secrets.cmsSessionKey),
    BFF_API_KEYS: pick('BFF_API_KEYS', JSON.stringify([{ name: 'demo', sha256: secrets.demoApiKeySha256, scopes: ['*'], partners: ['*'] }])),
  };
}
