import { ArgumentsHost, Catch, ExceptionFilter, PayloadTooLargeException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { middlewareErrorBody } from '../../core/envelopes.js';

/** A CSV over 10 MB is cut off by the upload interceptor; answer it in the Middleware error shape. */
@Catch(PayloadTooLargeException)
export class CsvTooLargeFilter implements ExceptionFilter {
  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<FastifyReply>().status(413).header('content-type', 'application/json; charset=utf-8').send(middlewareErrorBody(5000, 'The file must be at most 10 MB.'));
  }
}
