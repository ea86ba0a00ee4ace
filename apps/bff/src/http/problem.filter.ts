import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessRefused, PROBLEM_CONTENT_TYPE, ProblemDetails, redactUrl } from '#common';
import { problemFor } from './problem-mapping.js';

/** Told of every access refusal (support keeps a note of it). */
export type RefusalListener = (request: FastifyRequest, problem: Omit<ProblemDetails, 'requestId'>) => void;

/**
 * Every error leaves the BFF as RFC 9457 problem+json with the request id. Upstream failures say which Migo service
 * refused what; anything unexpected is a 500 whose details stay in the log, not in the body.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(private readonly onRefusal?: RefusalListener) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest & { requestId?: string }>();
    const reply = http.getResponse<FastifyReply>();
    if (reply.sent || reply.raw.headersSent) return;
    const { problem, headers } = problemFor(exception, request);
    if (exception instanceof AccessRefused) this.onRefusal?.(request, problem);
    const body: ProblemDetails = { ...problem, requestId: request.requestId, instance: redactUrl(request.url.split('?')[0]) };
    for (const [name, value] of Object.entries(headers)) reply.header(name, value);
    reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }
}
