import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { MiddlewareError } from '../core/sim-errors.js';
import { SimExceptionFilter } from '../core/sim-exception.filter.js';

/** The control plane answers `{message}`; a Middleware rule broken by a control call keeps its status and ownCode. */
@Catch()
export class MiddlewareControlErrorFilter implements ExceptionFilter {
  private readonly fallback = new SimExceptionFilter();

  catch(exception: unknown, host: ArgumentsHost): void {
    if (!(exception instanceof MiddlewareError)) return this.fallback.catch(exception, host);
    host.switchToHttp().getResponse<FastifyReply>().status(exception.status).send({ message: exception.message, ownCode: exception.ownCode });
  }
}
