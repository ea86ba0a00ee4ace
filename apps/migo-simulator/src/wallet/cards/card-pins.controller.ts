import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { Ledger } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { hashSecret } from '../shared/secret-hash.js';
import { CardPins } from './card-pins.store.js';
import { CardPinBody } from './cards.dto.js';

/** PINs are write-only: stored as scrypt hashes, never answered. Any valid session may set one (OTP is the app's job). */
@Controller('cards/:cardId')
@UseGuards(WalletAuthGuard)
export class CardPinsController {
  constructor(
    private readonly ledger: Ledger,
    private readonly pins: CardPins,
  ) {}

  @Post('pin')
  @HttpCode(200)
  async setPin(@Param('cardId', PositiveIntPipe) cardId: number, @Body() body: CardPinBody) {
    this.ledger.getCard(cardId);
    const pinHash = await hashSecret(body.pin);
    this.pins.setCardPin(cardId, pinHash);
    this.ledger.markPinSet(cardId);
    return ok({ cardId, pinSet: true, updatedAt: new Date().toISOString() }, 'pin updated');
  }

  /** Overrides only that user's PIN on a shared card; the card counts as having a PIN afterwards. */
  @Post('users/:authUserId/pin')
  @HttpCode(200)
  async setUserPin(@Param('cardId', PositiveIntPipe) cardId: number, @Param('authUserId', PositiveIntPipe) authUserId: number, @Body() body: CardPinBody) {
    this.ledger.getCard(cardId);
    this.ledger.getUser(authUserId);
    const pinHash = await hashSecret(body.pin);
    this.pins.setUserPin(cardId, authUserId, pinHash);
    this.ledger.markPinSet(cardId);
    return ok({ cardId, authUserId, pinSet: true, updatedAt: new Date().toISOString() }, 'pin updated');
  }
}
