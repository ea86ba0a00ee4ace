import Type from 'typebox';
import { BinInfo } from '#middleware';

/** The BFF's answer to a batch BIN lookup: each BIN asked once, from its cache or Migo. */
export const BinBatchLookup = Type.Object(
  {
    items: Type.Array(BinInfo, { description: 'The BINs Migo knows, in the order first asked' }),
    notFound: Type.Array(Type.String()),
  },
  { title: 'BinBatchLookup', additionalProperties: true },
);
export type BinBatchLookup = Type.Static<typeof BinBatchLookup>;
