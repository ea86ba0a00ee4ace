import Type from 'typebox';

const DateTime = Type.String({ format: 'date-time' });

/** An operator's CMS session as the BFF describes it (never Migo's tokens). */
export const CmsSession = Type.Object(
  {
    operator: Type.Object(
      { id: Type.Optional(Type.Integer()), email: Type.String(), name: Type.Optional(Type.String()) },
      { additionalProperties: true, description: 'Who Migo says logged in' },
    ),
    createdAt: DateTime,
    expiresAt: Type.String({ format: 'date-time', description: 'When the session ends however it is used' }),
    idleExpiresAt: Type.String({ format: 'date-time', description: 'When it ends unless used before' }),
  },
  { title: 'CmsSession', additionalProperties: true },
);
export type CmsSession = Type.Static<typeof CmsSession>;

/** A new session: its description and the handle to send as `X-Cms-Session` (shown once). */
export const CmsSessionOpened = Type.Interface([CmsSession], { session: Type.String({ description: 'The handle for `X-Cms-Session`' }) }, { title: 'CmsSessionOpened', additionalProperties: true });
export type CmsSessionOpened = Type.Static<typeof CmsSessionOpened>;
