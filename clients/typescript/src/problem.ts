import type { components } from './generated/openapi.js';

type Problem = components['schemas']['Problem'];

/**
 * A refused or failed call: the BFF's problem+json answer (RFC 9457), typed. Answers that are not problem+json (a proxy's
 * HTML error page, say) become a problem of type `about:blank` with the HTTP status, so callers handle one error type.
 */
export class MigoBffProblem extends Error {
  override readonly name = 'MigoBffProblem';
  readonly type: Problem['type'] | 'about:blank';
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  /** Quote it to support: it is on every log line of the request. */
  readonly requestId: string | undefined;
  readonly errors: NonNullable<Problem['errors']>;
  /** Which Migo service refused what, when Migo did. */
  readonly upstream: Problem['upstream'];
  /** Seconds the BFF asked to wait before retrying (429, 503, an Idempotency-Key still running). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, body: Partial<Problem> & Record<string, unknown>, headers?: Headers) {
    const title = typeof body.title === 'string' ? body.title : `HTTP ${status}`;
    super(typeof body.detail === 'string' ? `${status} ${title}: ${body.detail}` : `${status} ${title}`);
    this.type = typeof body.type === 'string' ? body.type : 'about:blank';
    this.title = title;
    this.status = typeof body.status === 'number' ? body.status : status;
    this.detail = typeof body.detail === 'string' ? body.detail : undefined;
    this.requestId = typeof body.requestId === 'string' ? body.requestId : (headers?.get('x-request-id') ?? undefined);
    this.errors = Array.isArray(body.errors) ? body.errors : [];
    this.upstream = body.upstream;
    const retryAfter = Number(headers?.get('retry-after') ?? Number.NaN);
    this.retryAfterSeconds = Number.isFinite(retryAfter) ? retryAfter : undefined;
  }

  /** From an answer whose body openapi-fetch already read (parsed JSON, or the text when it was not JSON). */
  static fromAnswer(response: Response, body: unknown): MigoBffProblem {
    const problem = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const detail = typeof body === 'string' && body ? { detail: body.slice(0, 500) } : {};
    return new MigoBffProblem(response.status, { title: response.statusText || undefined, ...detail, ...problem }, response.headers);
  }

  /** From an answer whose body is still unread. */
  static async fromResponse(response: Response): Promise<MigoBffProblem> {
    const text = await response.text().catch(() => '');
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON: kept as text */
    }
    return MigoBffProblem.fromAnswer(response, body);
  }
}
