/**
 * SSE event ids. A `job` event's id is its Redis stream id (`<ms>-<seq>`). The events the BFF sends itself (`snapshot`,
 * `resync`, `end`) are not stream entries: each gets the position it was sent at plus a counter, `<ms>-<seq>.<n>`
 * (n ≥ 1), so every event of a connection has an id of its own, ordered by (ms, seq, n), and a client resuming from any
 * of them resumes from that position.
 */
export interface EventPosition {
  /** The stream id everything up to which the client has (as an event or inside a snapshot). */
  stream: string;
  /** How many of the BFF's own events were sent at that position (0 for a stream entry itself). */
  sent: number;
}

const EVENT_ID = /^(\d{1,16})-(\d{1,16})(?:\.(\d{1,9}))?$/;

export function parseEventId(id: string | undefined): EventPosition | undefined {
  const match = id ? EVENT_ID.exec(id.trim()) : null;
  if (!match) return undefined;
  return { stream: `${Number(match[1])}-${Number(match[2])}`, sent: match[3] ? Number(match[3]) : 0 };
}

export function formatEventId(position: EventPosition): string {
  return position.sent > 0 ? `${position.stream}.${position.sent}` : position.stream;
}

export function compareStreamIds(a: string, b: string): number {
  const [am, as] = a.split('-').map(Number);
  const [bm, bs] = b.split('-').map(Number);
  return am !== bm ? am - bm : as - bs;
}

/** Total order of SSE ids (stream position, then the BFF's own events at it). */
export function compareEventIds(a: string, b: string): number {
  const pa = parseEventId(a);
  const pb = parseEventId(b);
  if (!pa || !pb) throw new Error(`Not an event id: ${pa ? b : a}`);
  return compareStreamIds(pa.stream, pb.stream) || pa.sent - pb.sent;
}

/** The epoch ms a stream id was written at (Redis's clock). */
export function streamIdTime(id: string): number {
  return Number(id.split('-')[0]);
}

/**
 * Where one SSE connection stands: the stream position it has delivered up to (every entry up to it was sent or, on
 * a job's own stream, skipped as another job's) and the ids of the BFF's own events. Ids only ever increase.
 */
export class EventCursor {
  private position: EventPosition;

  constructor(resumeFrom?: EventPosition) {
    this.position = resumeFrom ?? { stream: '0-0', sent: 0 };
  }

  get stream(): string {
    return this.position.stream;
  }

  /** Moves past a stream entry; false when the connection is already past it (a duplicate). */
  pass(streamId: string): boolean {
    if (compareStreamIds(streamId, this.position.stream) <= 0) return false;
    this.position = { stream: streamId, sent: 0 };
    return true;
  }

  /**
   * The id of an event of the BFF's own that holds everything up to `streamId` (a snapshot read after it, an end). A
   * position behind the cursor (a stream that lost its history) keeps the cursor where it is: ids never go back.
   */
  own(streamId: string): string {
    this.position = compareStreamIds(streamId, this.position.stream) > 0 ? { stream: streamId, sent: 1 } : { ...this.position, sent: this.position.sent + 1 };
    return formatEventId(this.position);
  }
}
