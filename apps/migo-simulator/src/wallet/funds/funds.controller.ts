import { Body, Controller, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { fromUnits } from '../../core/money.js';
import { amountUnits, Ledger, Movement } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { FundsAdjustmentBody, FundsOperationBody } from './funds.dto.js';
import { MovementExtras } from './movement-extras.store.js';

/**
 * Loads and unloads a card. Each handler is synchronous from validation to the Ledger write,
 * so concurrent debits can never take a card below zero (409 / 7303 instead).
 */
@Controller('cards/:cardId/funds')
@UseGuards(WalletAuthGuard)
export class FundsController {
  constructor(
    private readonly ledger: Ledger,
    private readonly extras: MovementExtras,
  ) {}

  @Post()
  @HttpCode(200)
  operate(@Param('cardId', PositiveIntPipe) cardId: number, @Body() body: FundsOperationBody) {
    const movement = this.ledger.applyFunds(cardId, body.operation, amountUnits(body.amount), {
      currency: body.currency,
      reference: body.reference,
      description: body.description,
      channel: body.channel,
    });
    this.extras.remember(movement.id, body.customKeys);
    return ok(this.view(movement, body.customKeys), 'funds operation approved');
  }

  /** Same effect as POST; `observations` is recorded as the movement description. */
  @Put()
  adjust(@Param('cardId', PositiveIntPipe) cardId: number, @Body() body: FundsAdjustmentBody) {
    const movement = this.ledger.applyFunds(cardId, body.operation, amountUnits(body.amount), {
      currency: body.currency,
      reference: body.reference,
      description: body.observations,
    });
    return ok(this.view(movement), 'funds operation approved');
  }

  private view(movement: Movement, customKeys?: Record<string, unknown>) {
    return {
      movementId: movement.id,
      cardId: movement.cardId,
      operation: movement.type,
      amount: fromUnits(movement.amountUnits),
      balance: fromUnits(movement.balanceAfterUnits),
      currency: movement.currency,
      reference: movement.reference ?? null,
      description: movement.description ?? null,
      channel: movement.channel ?? null,
      customKeys: customKeys ?? null,
      status: movement.status,
      createdAt: movement.createdAt,
    };
  }
}
