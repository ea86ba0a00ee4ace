import { Body, Controller, Get, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { Card, cardView, Ledger } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { currencyOfPartner, isKnownPartner } from '../shared/partner-currency.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { WalletApp } from '../shared/wallet-app.decorator.js';
import { LinkCardBody } from './cards.dto.js';

@Controller('users/:userId/cards')
@UseGuards(WalletAuthGuard)
export class UserCardsController {
  constructor(private readonly ledger: Ledger) {}

  /**
   * Issues a new (physical, despite the name) card: inactive, no PIN, in the currency of the user's partner.
   * A user without a partner gets it under the calling application, in GTQ.
   */
  @Post('virtuals')
  issue(@Param('userId', PositiveIntPipe) userId: number, @WalletApp() application: string) {
    const user = this.ledger.getUser(userId);
    const card = this.ledger.issueCard({ partnerId: user.partnerId ?? application, currency: currencyOfPartner(user.partnerId), userId, status: 'inactive' });
    return ok(cardView(card), 'card issued');
  }

  /** Links an existing card of partner `clientId` by its number. Only the last 4 digits are kept. */
  @Post()
  link(@Param('userId', PositiveIntPipe) userId: number, @Query('clientId') clientId: string | undefined, @Body() body: LinkCardBody) {
    if (!clientId) throw new MigoBusinessError('7000', 'clientId is required.');
    if (!isKnownPartner(clientId)) throw MigoBusinessError.named('PARTNER_NOT_FOUND');
    this.ledger.getUser(userId);
    const card = this.findIssuedCard(clientId, body.card.slice(-4), userId);
    return ok(cardView(this.ledger.assignCard(card.cardId, userId, body.alias)), 'card linked');
  }

  /** Undocumented path (assumed). */
  @Get()
  list(@Param('userId', PositiveIntPipe) userId: number) {
    this.ledger.getUser(userId);
    return ok(this.ledger.cardsOfUser(userId).map(cardView));
  }

  /** Prefers the user's own card, then a free one; someone else's card makes assignCard answer 409 / 7201. */
  private findIssuedCard(partnerId: string, last4: string, userId: number): Card {
    const candidates = this.ledger.partnerCardsEndingIn(partnerId, last4);
    const card = candidates.find((c) => c.userId === userId) ?? candidates.find((c) => c.userId === null) ?? candidates[0];
    if (!card) throw MigoBusinessError.named('CARD_NOT_FOUND');
    return card;
  }
}
