import { Body, Controller, Get, Param, Patch, Post, UseFilters, UseGuards } from '@nestjs/common';
import { okNoMessage, okWithStatus } from '../../core/envelopes.js';
import { TerminalPaymentErrorFilter } from '../../core/sim-exception.filter.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { amountUnits } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { terminalPaymentView, TerminalPayments } from './terminal-payments.store.js';
import { Terminal, Terminals } from './terminals.store.js';
import { CreateTerminalPaymentBody, UpdateTerminalPaymentBody } from './terminals.dto.js';

/** Terminal payments answer Migo's variant C envelope, and errors as `{statusCode, message, error:{code, name, detail}}`. */
@Controller('terminal-payment')
@UseGuards(WalletAuthGuard)
@UseFilters(TerminalPaymentErrorFilter)
export class TerminalPaymentsController {
  constructor(
    private readonly terminals: Terminals,
    private readonly payments: TerminalPayments,
  ) {}

  @Post()
  create(@Body() body: CreateTerminalPaymentBody) {
    const subtotalUnits = amountUnits(body.subtotal);
    const terminal = this.resolveTerminal(body);
    const payment = this.payments.create(terminal, { subtotalUnits, operationId: body.operationId, additionalData: body.additionalData });
    return okWithStatus(terminalPaymentView(payment), 201, 'terminal payment created successfully.');
  }

  /** The only way to cancel, reverse or mark refunded; any CardTransfersStatus is accepted. */
  @Patch(':id')
  update(@Param('id', PositiveIntPipe) id: number, @Body() body: UpdateTerminalPaymentBody) {
    const totalAmountUnits = body.totalAmount === undefined ? undefined : amountUnits(body.totalAmount);
    const payment = this.payments.update(id, { externalId: body.externalId, totalAmountUnits, status: body.status, additionalData: body.additionalData });
    return okNoMessage(terminalPaymentView(payment));
  }

  /** Undocumented path (assumed), for tracking a payment's status. */
  @Get(':id')
  get(@Param('id', PositiveIntPipe) id: number) {
    return okNoMessage(terminalPaymentView(this.payments.get(id)));
  }

  /** Every identifier sent must name the same, active terminal. */
  private resolveTerminal(body: CreateTerminalPaymentBody): Terminal {
    if (body.terminalId === undefined && body.externalTerminalId === undefined && body.deviceId === undefined) {
      throw new MigoBusinessError('7000', 'One of externalTerminalId, terminalId or deviceId is required.');
    }
    const found = [
      body.terminalId !== undefined ? this.terminals.byId(body.terminalId) : undefined,
      body.externalTerminalId !== undefined ? this.terminals.byExternalId(body.externalTerminalId) : undefined,
      body.deviceId !== undefined ? this.terminals.byDevice(body.deviceId) : undefined,
    ].filter((t): t is Terminal => t !== undefined);
    if (found.some((t) => t !== found[0])) throw new MigoBusinessError('7000', 'The terminal identifiers name different terminals.');
    if (!found[0].isActive) throw MigoBusinessError.named('TERMINAL_INACTIVE');
    return found[0];
  }
}
