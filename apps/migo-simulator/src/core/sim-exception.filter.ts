import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BUSINESS_CODES } from './error-codes.js';
import { businessErrorBody, middlewareErrorBody, terminalErrorBody } from './envelopes.js';
import { MiddlewareError, MigoBusinessError, SimValidationError } from './sim-errors.js';
import { surfaceOf } from './surface.js';

/** Middleware ownCodes the simulator uses for generic HTTP failures (only 2000/4020/4021/5000 are documented). */
const MIDDLEWARE_OWN_CODE_BY_STATUS: Record<number, number> = { 400: 5000, 401: 1001, 403: 1003, 404: 2000, 405: 4021, 409: 4020 };
/** Wallet/CMS business codes the simulator uses for generic HTTP failures. */
const BUSINESS_CODE_BY_STATUS: Record<number, string> = { 400: '7000', 401: '8000', 403: '8005', 404: '7010', 413: '7000' };

/** Renders every error in the envelope of the surface that received the request. */
@Catch()
export class SimExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Simulator');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    if (reply.sent || reply.raw.headersSent) return;
    const surface = surfaceOf(request.url);
    const { status, body } = surface === 'middleware' ? this.middleware(exception) : surface === 'control' ? this.control(exception) : this.business(exception);
    if (status >= 500 && !(exception instanceof MigoBusinessError) && !(exception instanceof MiddlewareError)) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }

  private business(exception: unknown): { status: number; body: unknown } {
    if (exception instanceof MigoBusinessError) {
      const errors = exception.details.length > 0 ? exception.details : [{ code: exception.code, message: exception.message }];
      return { status: exception.status, body: businessErrorBody(exception.message, errors) };
    }
    if (exception instanceof SimValidationError) {
      return { status: 400, body: businessErrorBody('Validation failed', exception.problems.map((p) => ({ code: '7000', message: p.message }))) };
    }
    if (exception instanceof MiddlewareError) {
      return { status: exception.status, body: businessErrorBody(exception.message, [{ code: String(exception.ownCode), message: exception.message }]) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = BUSINESS_CODE_BY_STATUS[status] ?? '7003';
      return { status, body: businessErrorBody(exception.message, [{ code, message: BUSINESS_CODES.get(code)?.message ?? exception.message }]) };
    }
    return { status: 500, body: businessErrorBody('Internal server error', [{ code: '7003', message: BUSINESS_CODES.get('7003')!.message }]) };
  }

  private middleware(exception: unknown): { status: number; body: unknown } {
    if (exception instanceof MiddlewareError) {
      return { status: exception.status, body: middlewareErrorBody(exception.ownCode, exception.message, exception.errors) };
    }
    if (exception instanceof SimValidationError) {
      return { status: 400, body: middlewareErrorBody(5000, 'Validation failed', exception.problems) };
    }
    if (exception instanceof MigoBusinessError) {
      return { status: exception.status, body: middlewareErrorBody(Number(exception.code), exception.message) };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { status, body: middlewareErrorBody(MIDDLEWARE_OWN_CODE_BY_STATUS[status] ?? 9000, exception.message) };
    }
    return { status: 500, body: middlewareErrorBody(9000, 'Internal server error') };
  }

  private control(exception: unknown): { status: number; body: unknown } {
    if (exception instanceof SimValidationError) return { status: 400, body: { message: 'Validation failed', errors: exception.problems } };
    if (exception instanceof HttpException) return { status: exception.getStatus(), body: { message: exception.message } };
    if (exception instanceof MigoBusinessError) return { status: exception.status, body: { message: exception.message, code: exception.code } };
    return { status: 500, body: { message: 'Internal server error' } };
  }
}

/**
 * Terminal payment routes document a different error shape: `{statusCode, message, error:{code, name, detail}}`.
 * Apply with @UseFilters(TerminalPaymentErrorFilter) on those controllers.
 */
@Catch()
export class TerminalPaymentErrorFilter implements ExceptionFilter {
  private readonly fallback = new SimExceptionFilter();

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof MigoBusinessError) {
      const name = BUSINESS_CODES.get(exception.code)?.name ?? 'ERROR';
      reply.status(exception.status).send(terminalErrorBody(exception.status, exception.message, exception.code, name));
      return;
    }
    if (exception instanceof SimValidationError) {
      const detail = exception.problems.map((p) => p.message).join('; ');
      reply.status(400).send(terminalErrorBody(400, 'Validation failed', '7000', 'CHECK_PARAMETERS', detail));
      return;
    }
    this.fallback.catch(exception, host);
  }
}
