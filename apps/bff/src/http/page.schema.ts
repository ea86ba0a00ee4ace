import Type, { type TSchema } from 'typebox';

/** A page of a BFF list (jobs, watches): its items, and the cursor of the next page (null on the last). */
export function pageOf<Item extends TSchema>(item: Item, title: string) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) }, { title, additionalProperties: true });
}
