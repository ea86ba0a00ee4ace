import { Body, Controller, Get, Param, Patch, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { cardView, Ledger } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { CardAliasBody, CardStatusBody } from './cards.dto.js';

/** Card details, status and alias. All three paths are undocumented (assumed). */
@Controller('cards/:cardId')
@UseGuards(WalletAuthGuard)
export class CardsController {
  constructor(private readonly ledger: Ledger) {}

  @Get()
  get(@Param('cardId', PositiveIntPipe) cardId: number) {
    return ok(cardView(this.ledger.getCard(cardId)));
  }

  /** Activate (inactive → active, needs a PIN), block, or unblock (blocked → active). Re-sending the current status is a no-op. */
  @Patch('status')
  setStatus(@Param('cardId', PositiveIntPipe) cardId: number, @Body() body: CardStatusBody) {
    const card = this.ledger.getCard(cardId);
    if (body.status === 'active' && card.status !== 'active' && !card.pinSet) {
      throw MigoBusinessError.named('INVALID_STATUS_CARD', 'The card needs a PIN before it can be activated.');
    }
    return ok(cardView(this.ledger.setCardStatus(cardId, body.status)), 'card status updated');
  }

  @Patch('alias')
  setAlias(@Param('cardId', PositiveIntPipe) cardId: number, @Body() body: CardAliasBody) {
    return ok(cardView(this.ledger.setAlias(cardId, body.alias)), 'card alias updated');
  }
}
