import { Body, Controller, Delete, Get, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { cardView, Ledger } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { LinkThirdPartyCardBody, RenameThirdPartyCardBody } from './cards.dto.js';
import { LinkedCard, LinkedCards } from './linked-cards.store.js';

@Controller('users/:userId/linked-cards')
@UseGuards(WalletAuthGuard)
export class LinkedCardsController {
  constructor(
    private readonly ledger: Ledger,
    private readonly links: LinkedCards,
  ) {}

  /** The owner is found by e-mail, the card by the last 4 digits of one of the owner's cards (else 404 / 7220). */
  @Post()
  link(@Param('userId', PositiveIntPipe) userId: number, @Body() body: LinkThirdPartyCardBody) {
    this.ledger.getUser(userId);
    const owner = this.ledger.findUserByEmail(body.email);
    const card = owner ? this.ledger.cardsOfUser(owner.userId).find((c) => c.last4 === body.suffix) : undefined;
    if (!owner || !card) throw MigoBusinessError.named('THIRD_PARTY_CARD_NOT_FOUND');
    if (owner.userId === userId) throw new MigoBusinessError('7000', 'A user cannot link their own card as a third-party card.');
    return ok(this.view(this.links.create(userId, card.cardId, body.alias)), 'card linked');
  }

  @Get()
  list(@Param('userId', PositiveIntPipe) userId: number) {
    this.ledger.getUser(userId);
    return ok(this.links.of(userId).map((link) => this.view(link)));
  }

  @Patch(':associationId')
  rename(@Param('userId', PositiveIntPipe) userId: number, @Param('associationId', PositiveIntPipe) associationId: number, @Body() body: RenameThirdPartyCardBody) {
    return ok(this.view(this.links.rename(userId, associationId, body.alias)), 'linked card updated');
  }

  @Delete(':associationId')
  remove(@Param('userId', PositiveIntPipe) userId: number, @Param('associationId', PositiveIntPipe) associationId: number) {
    const link = this.links.remove(userId, associationId);
    return ok({ associationId: link.associationId, deleted: true }, 'linked card removed');
  }

  /** Enough to recognise and pay the card, nothing of the owner's balance. */
  private view(link: LinkedCard) {
    const card = this.ledger.getCard(link.cardId);
    const owner = card.userId !== null ? this.ledger.getUser(card.userId) : undefined;
    return {
      associationId: link.associationId,
      cardId: card.cardId,
      maskedPan: cardView(card).maskedPan,
      alias: link.alias,
      ownerName: owner ? `${owner.firstName} ${owner.lastName.charAt(0)}.`.trim() : null,
      currency: card.currency,
      createdAt: link.createdAt,
      updatedAt: link.updatedAt,
    };
  }
}
