export const SSE_KEEPALIVE_MS = Symbol('SSE_KEEPALIVE_MS');
export const EVENTS_REDIS_ENV = Symbol('EVENTS_REDIS_ENV');
