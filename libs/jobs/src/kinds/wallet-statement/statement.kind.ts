import type { JobRecord } from '../../job-record.js';
import type { JobKind } from '../job-kind.js';
import { invalidJobRequest } from '../invalid-request.js';
import { StatementTracker } from './statement.tracker.js';

/** A card statement Migo renders later; the finished job serves the PDF. Its object is its card. */
export interface StatementTarget {
  type: 'wallet.statement';
  cardId: number;
  reference: string;
}

/** A statement's upstream id: `<cardId>/<reference>`. */
const STATEMENT_ID = /^([1-9]\d{0,15})\/([A-Za-z0-9_-]{1,200})$/;

function cardOf(upstreamId: string): { kind: 'wallet-card'; cardId: number; reference: string } | undefined {
  const match = STATEMENT_ID.exec(upstreamId);
  return match && Number.isSafeInteger(Number(match[1])) ? { kind: 'wallet-card', cardId: Number(match[1]), reference: match[2] } : undefined;
}

export const statementKind: JobKind<StatementTarget> = {
  type: 'wallet.statement',
  upstream: 'wallet',
  deadlineSeconds: 3600,
  owner: 'wallet-card',
  trackById: {
    objectOf(upstreamId) {
      const card = cardOf(upstreamId);
      if (!card) throw invalidJobRequest('upstreamId of a statement is "<cardId>/<reference>"');
      return card;
    },
    async confirm({ wallet }, object) {
      if (object.kind !== 'wallet-card') throw new Error('A statement is named by its card');
      await wallet.statements.statementStatus(object.cardId, object.reference);
      return { target: { type: 'wallet.statement', cardId: object.cardId, reference: object.reference } };
    },
  },
  objectOfRecord: (record: JobRecord) => cardOf(record.upstream.id),
  result: {
    kind: 'file',
    fetch({ wallet }, record) {
      const card = cardOf(record.upstream.id);
      if (!card) throw new Error(`Job ${record.id}: a statement's upstream id is "<cardId>/<reference>"`);
      return wallet.statements.statementFile(card.cardId, card.reference);
    },
  },
  tracker: StatementTracker,
};
