import { Body, Controller, Get, Param, Post, StreamableFile, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { Ledger } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { Statement, Statements } from './statements.store.js';
import { StatementRequestBody } from './statements.dto.js';

/** `POST` is Migo's (201 "statement creation accepted"); the status and file routes are assumed. */
@Controller('cards/:cardId/statements')
@UseGuards(WalletAuthGuard)
export class StatementsController {
  constructor(
    private readonly ledger: Ledger,
    private readonly statements: Statements,
  ) {}

  @Post()
  request(@Param('cardId', PositiveIntPipe) cardId: number, @Body() body: StatementRequestBody) {
    this.ledger.getCard(cardId);
    const now = new Date();
    if (body.year * 12 + body.month > now.getUTCFullYear() * 12 + now.getUTCMonth() + 1) {
      throw new MigoBusinessError('7000', 'A statement cannot be requested for a future month.');
    }
    const s = this.statements.request(cardId, body.month, body.year);
    return ok({ reference: s.reference, cardId: s.cardId, month: s.month, year: s.year, status: s.status, createdAt: s.createdAt }, 'statement creation accepted');
  }

  @Get(':reference')
  status(@Param('cardId', PositiveIntPipe) cardId: number, @Param('reference') reference: string) {
    return ok(this.view(this.statements.get(cardId, reference)));
  }

  @Get(':reference/file')
  file(@Param('cardId', PositiveIntPipe) cardId: number, @Param('reference') reference: string) {
    const s = this.statements.get(cardId, reference);
    if (s.status !== 'ready' || !s.pdf) throw MigoBusinessError.named('STATEMENT_NOT_READY');
    const filename = `statement-${s.cardId}-${s.year}-${String(s.month).padStart(2, '0')}.pdf`;
    return new StreamableFile(s.pdf, { type: 'application/pdf', disposition: `attachment; filename="${filename}"`, length: s.pdf.length });
  }

  private view(s: Statement) {
    return {
      reference: s.reference,
      cardId: s.cardId,
      month: s.month,
      year: s.year,
      status: s.status,
      createdAt: s.createdAt,
      readyAt: s.readyAt,
      downloadPath: `/rest/cards/${s.cardId}/statements/${s.reference}/file`,
    };
  }
}
