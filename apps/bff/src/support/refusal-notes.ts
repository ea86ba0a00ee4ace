import type { FastifyRequest } from 'fastify';
import { redactUrl } from '#common';
import type { ProblemDetails } from '#common';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import type { SupportExchangeStore } from './support-exchange-store.js';

/**
 * A refused request's support record: the request and the refusal, nothing Migo answered (any lookup that decided the
 * refusal is an admin-only call). Called by the problem filter for access refusals of an identified app.
 */
export function noteRefusal(store: SupportExchangeStore, request: FastifyRequest & AuthenticatedRequest & { requestId?: string }, problem: Omit<ProblemDetails, 'requestId'>): void {
  const app = request.apiClient?.name;
  if (!app || !request.requestId) return;
  store.recordNote(app, request.requestId, {
    note: 'refused',
    startedAt: new Date().toISOString(),
    method: request.method,
    path: redactUrl(request.url.split('?')[0]),
    status: problem.status,
    type: problem.type,
    detail: problem.detail,
  });
}
