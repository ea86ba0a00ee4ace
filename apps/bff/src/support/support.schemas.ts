import Type from 'typebox';
import { DateTime, named, Nullable } from '#common';

const RecordedBody = Type.Object(
  {
    contentType: Type.Optional(Type.String()),
    bytes: Type.Optional(Type.Integer({ description: 'Size before redaction and truncation (unknown for streams and multipart forms)' })),
    content: Type.Optional(Type.Unknown({ description: 'The redacted JSON value or text; a truncated body is its first bytes as text' })),
    truncated: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: true },
);

const Headers = Type.Record(Type.String(), Type.String(), { description: 'Sensitive values redacted' });

const exchangeFields = {
  requestId: Type.String(),
  app: Type.String(),
  upstream: Type.String({ description: 'wallet | middleware | cms | migration' }),
  method: Type.String(),
  url: Type.String({ description: "Path (the upstream base URL's path included) and query, sensitive query values redacted" }),
  outcome: Type.Union([Type.Integer(), Type.Literal('timeout'), Type.Literal('network'), Type.Literal('cancelled')], {
    description: 'The HTTP status, or what happened instead (`cancelled`: the BFF stopped waiting, e.g. a view ran out of time)',
  }),
  attempt: Type.Integer({ minimum: 1 }),
  startedAt: DateTime(),
  durationMs: Type.Number(),
  requestHeaders: Headers,
  requestBody: Nullable(RecordedBody),
  responseHeaders: Nullable(Headers),
  responseBody: Nullable(RecordedBody),
};

const Exchange = Type.Object(exchangeFields, { additionalProperties: true, description: 'One attempt at an upstream call, redacted' });

const OwnCall = Type.Object(
  { ...exchangeFields, purpose: Type.String({ description: 'Why the BFF made it: an access lookup, an unfiltered list' }) },
  { additionalProperties: true },
);

const Note = Type.Union([
  Type.Object(
    {
      note: Type.Literal('refused'),
      startedAt: DateTime(),
      method: Type.String(),
      path: Type.String(),
      status: Type.Integer(),
      type: Type.String(),
      detail: Type.String(),
    },
    { additionalProperties: true, description: 'The request was refused (scope or partner): only the refusal is kept' },
  ),
  Type.Object(
    { note: Type.Literal('filtered-answer'), startedAt: DateTime(), items: Type.Integer(), body: RecordedBody },
    { additionalProperties: true, description: "A list the BFF filtered to the app's partners: what the app got" },
  ),
]);

/** What support may see of one request (support-view.ts decides what an app and an admin see). */
export const SupportRecord = named(
  Type.Object(
    {
      requestId: Type.String(),
      exchanges: Type.Array(Exchange, { description: 'The upstream exchanges made for what the app asked, oldest first' }),
      notes: Type.Array(Note),
      bffOwnCalls: Type.Optional(Type.Array(OwnCall, { description: 'Admins only: calls the BFF made for its own reasons' })),
    },
    { title: 'SupportRecord', additionalProperties: true },
  ),
);
export type SupportRecord = Type.Static<typeof SupportRecord>;
