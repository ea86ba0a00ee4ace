/** Injection token of the validated BFF configuration. */
export const BFF_CONFIG = Symbol('BFF_CONFIG');
