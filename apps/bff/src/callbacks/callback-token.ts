/** Injection token of the secret path segment of the callback URL (MIGO_CALLBACK_TOKEN). */
export const CALLBACK_TOKEN = Symbol('CALLBACK_TOKEN');
