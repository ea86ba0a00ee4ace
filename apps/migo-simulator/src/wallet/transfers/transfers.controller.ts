import { Body, Controller, Get, Param, Post, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { amountUnits, Ledger, transferView } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { MovementExtras } from '../funds/movement-extras.store.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { TransferTypes } from './transfer-types.store.js';
import { CardTransferBody, CreateTransferTypesBody } from './transfers.dto.js';

function monthAndYear(month: string, year: string): [number, number] {
  if (!/^(0?[1-9]|1[0-2])$/.test(month) || !/^\d{4}$/.test(year)) throw new MigoBusinessError('7000', 'month must be 1 to 12 and year four digits.');
  return [Number(month), Number(year)];
}

@Controller()
@UseGuards(WalletAuthGuard)
export class TransfersController {
  constructor(
    private readonly ledger: Ledger,
    private readonly extras: MovementExtras,
    private readonly types: TransferTypes,
  ) {}

  /** Both cards must be active and in the same currency; both legs are written at once. */
  @Post('cards/transfer')
  transfer(@Body() body: CardTransferBody) {
    const units = amountUnits(body.amount);
    if (body.fromCardId === body.toCardId) throw new MigoBusinessError('7000', 'fromCardId and toCardId must differ.');
    return ok(transferView(this.ledger.transfer(body.fromCardId, body.toCardId, units, body.observations)), 'transfer created');
  }

  @Get('card-transfers/:id')
  get(@Param('id', PositiveIntPipe) id: number) {
    return ok(transferView(this.ledger.getTransfer(id)));
  }

  /** The monthly movement feed (funds operations and both transfer directions), newest first. */
  @Get('cards/:cardId/transfers/:month/:year')
  monthly(@Param('cardId', PositiveIntPipe) cardId: number, @Param('month') month: string, @Param('year') year: string) {
    const [m, y] = monthAndYear(month, year);
    return ok(this.ledger.movementsInMonth(cardId, m, y).map((movement) => this.extras.view(movement)));
  }

  @Post('card-transfers/types')
  defineTypes(@Body() body: CreateTransferTypesBody) {
    return ok(this.types.define(body.types), 'transfer types created');
  }
}
