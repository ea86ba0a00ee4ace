import type { WatchChange } from './watch-type.js';

export type WatchState = 'active' | 'ended' | 'deleted';

/** A watch as stored: which app follows which object, and how far its events got. */
export interface WatchRecord {
  id: string;
  app: string;
  type: string;
  upstreamId: string;
  partnerId?: string;
  state: WatchState;
  /** Why it ended (the object's end, or the app's delete). */
  endReason: string | null;
  createdAt: string;
  endedAt: string | null;
  /** How many events it has emitted. */
  events: number;
}

/** The data of a `watch` event on `/v1/events`. */
export interface WatchEventData {
  watchId: string;
  type: string;
  upstreamId: string;
  partnerId?: string;
  change: WatchChange;
  at: string;
}

export interface WatchDto {
  id: string;
  type: string;
  upstreamId: string;
  partnerId: string | null;
  state: WatchState;
  endReason: string | null;
  createdAt: string;
  endedAt: string | null;
  events: number;
  links: { self: string; events: string };
}

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
