import type { RecordedBody, UpstreamExchange } from '#migo-http';

/** What the BFF itself answered, where the upstream exchanges alone would say too much or too little. */
export type SupportNote =
  /** The request was refused (scope or partner): only the refusal is kept for the app, never an upstream body. */
  | { note: 'refused'; startedAt: string; method: string; path: string; status: number; type: string; detail: string }
  /** A list the BFF filtered to the app's partners: what the app got, in place of Migo's unfiltered list. */
  | { note: 'filtered-answer'; startedAt: string; items: number; body: RecordedBody };

export type StoredExchange = Omit<UpstreamExchange, 'app' | 'requestId'>;

/** One stored entry of a request: an upstream exchange or a note (keyed by app and request id, not repeated inside). */
export type StoredEntry = StoredExchange | SupportNote;

export type SupportEntry = StoredEntry & { requestId: string; app: string };

export function isNote(entry: StoredEntry): entry is SupportNote {
  return 'note' in entry;
}
