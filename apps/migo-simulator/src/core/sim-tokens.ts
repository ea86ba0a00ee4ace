/** Injection token for the validated SimulatorEnv. */
export const SIM_ENV = Symbol('SIM_ENV');

/** Injection token for the parsed Ed25519 KeyObject that login signatures are verified with. */
export const MERCHANT_PUBLIC_KEY = Symbol('MERCHANT_PUBLIC_KEY');
