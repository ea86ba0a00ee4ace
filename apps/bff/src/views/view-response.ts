import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError, ProblemType } from '#common';

/** `?fields=a,b` keeps only those top-level fields (the contract members `partial` and `sources` always stay). */
export function trimFields(view: Record<string, unknown>, fields: string | undefined): Record<string, unknown> {
  if (!fields) return view;
  const wanted = fields.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = wanted.filter((field) => !(field in view));
  if (unknown.length > 0) {
    throw ProblemError.of(400, ProblemType.validation, 'Unknown fields', `This view has no field(s) ${unknown.join(', ')}; it has ${Object.keys(view).join(', ')}`);
  }
  return Object.fromEntries(Object.entries(view).filter(([key]) => wanted.includes(key) || key === 'partial' || key === 'sources'));
}

function etagOf(json: string): string {
  return `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
}

function matches(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const values = (Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch).split(',').map((v) => v.trim().replace(/^W\//, ''));
  return values.includes('*') || values.includes(etag);
}

/**
 * Sends a view with an ETag, or 304 with no body when the client already has it. (Sent here rather than returned:
 * Nest would overwrite a 304 with the route's status.) The body is serialized once, for the ETag and the answer.
 */
export function sendView(request: FastifyRequest, reply: FastifyReply, body: Record<string, unknown>, ttlSeconds: number, cached: boolean): void {
  const json = JSON.stringify(body);
  const etag = etagOf(json);
  reply.header('etag', etag).header('cache-control', `private, max-age=${ttlSeconds}`).header('x-view-cache', cached ? 'hit' : 'miss');
  if (matches(request.headers['if-none-match'], etag)) reply.status(304).send();
  else reply.status(200).header('content-type', 'application/json; charset=utf-8').send(json);
}
