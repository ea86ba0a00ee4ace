import Type from 'typebox';
import { WatchDto, WatchEventData } from '#jobs';
import { pageOf } from '../http/page.schema.js';

/** GET /v1/watches: a page of the app's watches. */
export const WatchList = pageOf(WatchDto, 'WatchList');
export type WatchList = Type.Static<typeof WatchList>;

/** GET /v1/watches/{id}/events: the watch's events still kept, each with its id on /v1/events. */
export const WatchEventList = Type.Object(
  { items: Type.Array(Type.Intersect([Type.Object({ id: Type.String() }), WatchEventData])) },
  { title: 'WatchEventList', additionalProperties: true },
);
export type WatchEventList = Type.Static<typeof WatchEventList>;
