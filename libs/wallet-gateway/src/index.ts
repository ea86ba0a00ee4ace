export * from './wallet-gateway-client.module.js';
export * from './wallet-gateway.client.js';
export * from './wallet.types.js';
export * from './write-references.js';
