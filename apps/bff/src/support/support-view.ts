import type { UpstreamExchange } from '#migo-http';
import { isNote, SupportEntry, SupportNote } from './support-entries.js';

type Exchange = Exclude<SupportEntry, SupportNote>;

export interface SupportRecordView {
  requestId: string;
  /** The upstream exchanges made for what the app asked, oldest first. */
  exchanges: Exchange[];
  /** What the BFF itself answered where exchanges alone would not say it: a refusal, a list filtered to the app's partners. */
  notes: Array<Extract<SupportEntry, SupportNote>>;
  /** Admins only: calls the BFF made for its own reasons (owner lookups that decided access, unfiltered lists). */
  bffOwnCalls?: Array<Exchange & { purpose: NonNullable<UpstreamExchange['purpose']> }>;
}

/**
 * What one support record shows. An app sees only what its request asked Migo for: never an owner lookup made to decide
 * whether it may (those answer about objects that may be another partner's), never an unfiltered list (it sees the list
 * it was answered). Admins see everything, the BFF's own calls apart and marked.
 */
export function supportRecordView(requestId: string, entries: readonly SupportEntry[], admin: boolean): SupportRecordView | undefined {
  const notes = entries.filter((entry): entry is Extract<SupportEntry, SupportNote> => isNote(entry));
  const exchanges = entries.filter((entry): entry is Exchange => !isNote(entry));
  const own = exchanges.filter((exchange) => !exchange.purpose);
  const bffOwnCalls = exchanges.filter((exchange): exchange is Exchange & { purpose: NonNullable<UpstreamExchange['purpose']> } => !!exchange.purpose);
  if (own.length === 0 && notes.length === 0 && (!admin || bffOwnCalls.length === 0)) return undefined;
  return { requestId, exchanges: own, notes, ...(admin ? { bffOwnCalls } : {}) };
}
