import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { prefixedId } from '../../core/ids.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SimSettings } from '../../core/sim-settings.service.js';
import { Ledger } from '../../state/ledger.js';
import { TrackedTimers } from '../../core/tracked-timers.js';
import { statementPdf } from './statement-pdf.js';

export interface Statement {
  reference: string;
  cardId: number;
  month: number;
  year: number;
  status: 'processing' | 'ready';
  createdAt: string;
  readyAt: string | null;
  pdf?: Buffer;
}

/**
 * Asynchronous card statements: accepted as `processing`, rendered `statementReadyMs` later from the Ledger's
 * movements of that month (a snapshot taken at that moment), then downloadable.
 */
@Injectable()
export class Statements implements Resettable, OnModuleDestroy {
  private statements = new Map<string, Statement>();
  private readonly timers = new TrackedTimers();

  constructor(
    registry: ResetRegistry,
    private readonly settings: SimSettings,
    private readonly ledger: Ledger,
  ) {
    registry.register(this);
  }

  /** A request for a card and month that is still processing answers that same statement. */
  request(cardId: number, month: number, year: number): Statement {
    const pending = [...this.statements.values()].find((s) => s.cardId === cardId && s.month === month && s.year === year && s.status === 'processing');
    if (pending) return pending;
    const statement: Statement = { reference: prefixedId('stm'), cardId, month, year, status: 'processing', createdAt: new Date().toISOString(), readyAt: null };
    this.statements.set(statement.reference, statement);
    this.timers.schedule(this.settings.current.statementReadyMs, () => this.render(statement));
    return statement;
  }

  get(cardId: number, reference: string): Statement {
    const statement = this.statements.get(reference);
    if (!statement || statement.cardId !== cardId) throw MigoBusinessError.named('STATEMENT_NOT_FOUND');
    return statement;
  }

  onModuleDestroy(): void {
    this.timers.clear();
  }

  reset(): void {
    this.timers.clear();
    this.statements = new Map();
  }

  private render(statement: Statement): void {
    const readyAt = new Date().toISOString();
    const card = this.ledger.getCard(statement.cardId);
    statement.pdf = statementPdf(card, this.ledger.movementsInMonth(statement.cardId, statement.month, statement.year), statement.month, statement.year, readyAt);
    statement.status = 'ready';
    statement.readyAt = readyAt;
  }
}
