import Type from 'typebox';

/** A BIN's issuer data (`POST /v1/verifications/bin`, assumed: Migo documents only the "Verifications" tag). */
export const BinInfo = Type.Object(
  {
    bin: Type.String(),
    brand: Type.String(),
    cardType: Type.String({ description: 'credit | debit | prepaid (open)' }),
    issuer: Type.String(),
    issuerCountry: Type.String({ description: 'ISO 3166-1 alpha-2' }),
  },
  { title: 'BinInfo', additionalProperties: true },
);
export type BinInfo = Type.Static<typeof BinInfo>;

/** `POST /v1/verifications/bins` (assumed): each BIN asked once, found or not. */
export const BinBatchResult = Type.Object(
  { found: Type.Array(BinInfo), notFound: Type.Array(Type.String()) },
  { title: 'MiddlewareBinBatchResult', additionalProperties: true },
);
export type BinBatchResult = Type.Static<typeof BinBatchResult>;
