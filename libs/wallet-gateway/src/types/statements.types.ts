import Type from 'typebox';
import { DateTime, named, Nullable, OpenEnum } from '#common';

const statementFields = {
  reference: Type.String(),
  cardId: Type.Integer(),
  month: Type.Integer({ minimum: 1, maximum: 12 }),
  year: Type.Integer(),
  status: OpenEnum(['processing', 'ready']),
  createdAt: DateTime(),
};

export const StatementAccepted = named(Type.Object(statementFields, { title: 'WalletStatementAccepted', additionalProperties: true }));
export type StatementAccepted = Type.Static<typeof StatementAccepted>;

export const StatementStatus = named(
  Type.Object(
    { ...statementFields, readyAt: Nullable(DateTime()), downloadPath: Type.Optional(Type.String({ description: "Migo's path of the PDF; download it from the BFF's `…/file` route" })) },
    { title: 'WalletStatementStatus', additionalProperties: true },
  ),
);
export type StatementStatus = Type.Static<typeof StatementStatus>;
