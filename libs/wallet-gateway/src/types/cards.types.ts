import Type from 'typebox';
import { DateTime, named, Nullable, OpenEnum } from '#common';

export const Card = named(
  Type.Object(
    {
      cardId: Type.Integer(),
      userId: Nullable(Type.Integer()),
      maskedPan: Type.String({ description: 'The last 4 digits behind asterisks; the PAN itself never leaves Migo' }),
      alias: Type.String(),
      status: OpenEnum(['inactive', 'active', 'blocked']),
      currency: Type.String(),
      balance: Type.Number(),
      pinSet: Type.Boolean(),
      type: Type.String(),
      createdAt: DateTime(),
    },
    { title: 'WalletCard', additionalProperties: true },
  ),
);
export type Card = Type.Static<typeof Card>;

export const CardList = named(Type.Array(Card, { title: 'WalletCardList' }));
export type CardList = Type.Static<typeof CardList>;

/** A third-party card a user may pay to: enough to recognise it, nothing of its owner's balance. */
export const LinkedCard = named(
  Type.Object(
    {
      associationId: Type.Integer(),
      cardId: Type.Integer(),
      maskedPan: Type.String(),
      alias: Type.String(),
      ownerName: Nullable(Type.String()),
      currency: Type.String(),
      createdAt: DateTime(),
      updatedAt: DateTime(),
    },
    { title: 'WalletLinkedCard', additionalProperties: true },
  ),
);
export type LinkedCard = Type.Static<typeof LinkedCard>;

export const LinkedCardList = named(Type.Array(LinkedCard, { title: 'WalletLinkedCardList' }));
export type LinkedCardList = Type.Static<typeof LinkedCardList>;

export const LinkedCardRemoved = named(Type.Object({ associationId: Type.Integer(), deleted: Type.Boolean() }, { title: 'WalletLinkedCardRemoved', additionalProperties: true }));
export type LinkedCardRemoved = Type.Static<typeof LinkedCardRemoved>;

/** `authUserId` only when the PIN was set for one user of a shared card. */
export const PinSet = named(
  Type.Object(
    { cardId: Type.Integer(), authUserId: Type.Optional(Type.Integer()), pinSet: Type.Boolean(), updatedAt: DateTime() },
    { title: 'WalletPinSet', additionalProperties: true },
  ),
);
export type PinSet = Type.Static<typeof PinSet>;
