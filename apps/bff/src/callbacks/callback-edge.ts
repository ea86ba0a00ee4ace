import type { FastifyInstance, FastifyReply } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PROBLEM_CONTENT_TYPE, ProblemType } from '#common';
import type { BffConfig } from '../config/load-bff-config.js';

export const CALLBACKS_PREFIX = '/v1/callbacks/';

/** Requests counted per one-second window: per address (a bounded map) and in all. */
export class PerSecondWindows {
  private windowStart = 0;
  private total = 0;
  private readonly byAddress = new Map<string, number>();

  constructor(
    private readonly perAddress: number,
    private readonly global: number,
    private readonly maxAddresses = 10_000,
  ) {}

  /** True when this request is within both limits (it is then counted). */
  admit(address: string, now = Date.now()): boolean {
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.total = 0;
      this.byAddress.clear();
    }
    if (this.total >= this.global) return false;
    const fromAddress = this.byAddress.get(address) ?? 0;
    if (fromAddress >= this.perAddress) return false;
    // Past maxAddresses distinct senders in one second, new ones share the global limit only (the map stays bounded).
    if (fromAddress > 0 || this.byAddress.size < this.maxAddresses) this.byAddress.set(address, fromAddress + 1);
    this.total++;
    return true;
  }
}

function refuse(reply: FastifyReply, status: number, title: string, detail: string): void {
  const type = status === 429 ? ProblemType.rateLimited : status === 413 ? ProblemType.payloadTooLarge : ProblemType.validation;
  void reply.code(status).header('content-type', PROBLEM_CONTENT_TYPE).send({ type, title, status, detail });
}

/**
 * Before anything reads a callback's body: the rate (per address and in all, 429 beyond) and the size, known from
 * Content-Length before the body is read (413 past the limit; 411 without a length, so a chunked body cannot be
 * streamed at us up to the general JSON limit). Installed only when callbacks are enabled.
 */
export function installCallbackEdge(app: NestFastifyApplication, config: BffConfig): void {
  const bff = config.bff;
  if (!bff.MIGO_CALLBACKS_ENABLED) return;
  const windows = new PerSecondWindows(bff.MIGO_CALLBACK_RATE_PER_IP, bff.MIGO_CALLBACK_RATE_GLOBAL);
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!request.url.startsWith(CALLBACKS_PREFIX)) return done();
    if (!windows.admit(request.ip)) {
      void reply.header('retry-after', '1');
      return refuse(reply, 429, 'Too many requests', 'Too many callbacks; retry later');
    }
    const length = request.headers['content-length'];
    if (request.method === 'POST' && length === undefined) return refuse(reply, 411, 'Length required', 'A callback must say its Content-Length');
    if (length !== undefined && Number(length) > bff.MIGO_CALLBACK_MAX_BODY_BYTES) {
      return refuse(reply, 413, 'Payload too large', `A callback body may not exceed ${bff.MIGO_CALLBACK_MAX_BODY_BYTES} bytes`);
    }
    done();
  });
}
