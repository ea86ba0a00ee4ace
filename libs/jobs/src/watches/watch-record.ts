import Type from 'typebox';
import { WATCH_TYPE_NAMES } from './registry.js';
import type { WatchChange } from './watch-type.js';

const DATE_TIME = Type.String({ format: 'date-time' });
const WatchTypeName = Type.Enum(WATCH_TYPE_NAMES);

/** The data of a `watch` event on `/v1/events`. */
export const WatchEventData = Type.Object(
  {
    watchId: Type.String(),
    type: WatchTypeName,
    upstreamId: Type.String(),
    partnerId: Type.Optional(Type.String()),
    change: Type.Unsafe<WatchChange>(
      Type.Object(
        { kind: Type.String(), entry: Type.Optional(Type.Object({}, { additionalProperties: true })), from: Type.Optional(Type.String()), to: Type.Optional(Type.String()) },
        {
          additionalProperties: true,
          description:
            'renewal-charged / renewal-declined / charge-approved / charge-declined (with the payment-history `entry`), status-changed (`from`, `to`), gone (the object no longer exists)',
        },
      ),
    ),
    at: DATE_TIME,
  },
  {
    title: 'WatchEvent',
    additionalProperties: true,
    description: 'The data of a `watch` event on /v1/events (its SSE id is a stream id, resumable with Last-Event-ID like job events)',
  },
);
export type WatchEventData = Type.Static<typeof WatchEventData>;

export const WatchDto = Type.Object(
  {
    id: Type.String({ pattern: '^wat_[0-9a-f]{26}$' }),
    type: WatchTypeName,
    upstreamId: Type.String({ description: 'The subscription uid or the card id watched' }),
    partnerId: Type.Union([Type.String(), Type.Null()], { description: 'The watched object’s partner' }),
    state: Type.Enum(['active', 'ended', 'deleted'], { description: 'ended: the object ended (a subscription inactive, a card cancelled); deleted: by the app' }),
    endReason: Type.Union([Type.String(), Type.Null()]),
    createdAt: DATE_TIME,
    endedAt: Type.Union([DATE_TIME, Type.Null()]),
    events: Type.Integer({ description: 'Events emitted so far' }),
    links: Type.Object({ self: Type.String(), events: Type.String() }, { additionalProperties: true }),
  },
  { title: 'Watch', additionalProperties: true },
);
export type WatchDto = Type.Static<typeof WatchDto>;

export type WatchState = WatchDto['state'];

/** A watch as stored: which app follows which object (its partner, when known), and how far its events got. */
export type WatchRecord = Omit<WatchDto, 'links' | 'partnerId'> & { app: string; partnerId?: string };

export function toWatchDto(record: WatchRecord): WatchDto {
  return {
    id: record.id,
    type: record.type,
    upstreamId: record.upstreamId,
    partnerId: record.partnerId ?? null,
    state: record.state,
    endReason: record.endReason,
    createdAt: record.createdAt,
    endedAt: record.endedAt,
    events: record.events,
    links: { self: `/v1/watches/${record.id}`, events: `/v1/watches/${record.id}/events` },
  };
}

export const WATCH_ID_PATTERN = /^wat_[0-9a-f]{26}$/;
