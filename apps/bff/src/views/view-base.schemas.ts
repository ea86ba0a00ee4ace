import Type from 'typebox';

export const ViewSource = Type.Object(
  { status: Type.String({ description: 'ok, error or timeout' }), ms: Type.Number(), error: Type.Optional(Type.String()) },
  { additionalProperties: true },
);

/** The contract every view keeps (its own fields come beside these): which sources answered, and whether parts are missing. */
export const View = Type.Object(
  {
    partial: Type.Boolean({ description: 'true when a source failed or ran out of time; its part of the view is null' }),
    sources: Type.Record(Type.String(), ViewSource, {
      description: 'What each source (cms, wallet, middleware, jobs…) did: ok, error or timeout, and how long it took',
    }),
  },
  { title: 'View', additionalProperties: true },
);
export type View = Type.Static<typeof View>;
