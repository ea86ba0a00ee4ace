import type { UpstreamName } from '#migo-http';
import type { JobKindClients } from '../kinds/job-kind.js';

/** The object a watch follows; its partner decides who may watch it (the BFF has an access resolver per kind). */
export type WatchObject = { kind: 'subscription'; subUid: string } | { kind: 'wallet-card'; cardId: number };

export type WatchObjectKind = WatchObject['kind'];

/** One change Migo made on its own schedule, as the app receives it (`change` of a `watch` event). */
export interface WatchChange {
  kind: string;
  [detail: string]: unknown;
}

/**
 * What a watcher remembers between polls (e.g. the payment-history entries already announced). Stored in Redis with
 * the watch and written in the same atomic step as the events it accounts for. Never a secret.
 */
export type WatchCursor = Record<string, unknown>;

/** A poll's answer: the changes since `cursor`, oldest first, the cursor after them, and whether the object ended. */
export interface WatchPoll {
  changes: WatchChange[];
  cursor: WatchCursor;
  /** Set when the object will not change any more (a subscription gone inactive): the watch ends with this reason. */
  ended?: string;
}

/**
 * Polls one kind of object with the Migo clients: the worker calls `poll` within the upstream's poll budget; the BFF
 * calls `baseline` when the watch is created (its 404 is the answer to a watch on nothing), so events report what
 * changed after the watch was made, not history.
 */
export interface Watcher {
  /**
   * Upstream reads one full look at the object takes, made one per poll (a poll is one step of the shared poll budget,
   * so it makes one call): the worker polls `readsPerCycle` times per WATCH_POLL_MS. 1 when absent.
   */
  readsPerCycle?: number;
  baseline(clients: JobKindClients, object: WatchObject): Promise<{ partnerId: string | null; cursor: WatchCursor }>;
  /**
   * One poll, one upstream call. `hinted`: a callback said the object changed, so read what such a change shows up in
   * first (a subscription's payment history) rather than the next read in turn.
   */
  poll(clients: JobKindClients, object: WatchObject, cursor: WatchCursor, options?: { hinted?: boolean }): Promise<WatchPoll>;
}

/**
 * Everything the BFF and the worker know about one kind of watch: its name, upstream, the object (and so the partner)
 * it follows, and its watcher. `watches/registry.ts` lists every type.
 */
export interface WatchType {
  type: string;
  upstream: UpstreamName;
  owner: WatchObjectKind;
  /** The object an upstream id names (throws a 400 problem when it cannot name one). */
  objectOf(upstreamId: string): WatchObject;
  /** Polls the object (the worker refuses to start when a type has none). */
  watcher?: Watcher;
}
