import { Body, Controller, Delete, Get, Param, Patch, UseGuards } from '@nestjs/common';
import { ok } from '../../core/envelopes.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { Ledger } from '../../state/ledger.js';
import { WalletAuthGuard } from '../auth/wallet-auth.guard.js';
import { PositiveIntPipe } from '../shared/positive-int.pipe.js';
import { WalletAccounts } from '../users/wallet-accounts.store.js';
import { terminalPaymentView, TerminalPayments } from './terminal-payments.store.js';
import { Terminal, Terminals, terminalView } from './terminals.store.js';
import { UpdateTerminalBody } from './terminals.dto.js';

/** Migo keeps only the last 180 days of device history, with no date filter. */
const DEVICE_HISTORY_MS = 180 * 86_400_000;

@Controller()
@UseGuards(WalletAuthGuard)
export class TerminalsController {
  constructor(
    private readonly terminals: Terminals,
    private readonly payments: TerminalPayments,
    private readonly ledger: Ledger,
    private readonly accounts: WalletAccounts,
  ) {}

  @Get('devices/users/:authUserId/terminals/:deviceId')
  terminalOfUser(@Param('authUserId', PositiveIntPipe) authUserId: number, @Param('deviceId') deviceId: string) {
    return ok(terminalView(this.usableTerminal(authUserId, deviceId)));
  }

  /** Legacy alias of `GET /devices/users/{authUserId}/terminals/{deviceId}`. */
  @Get('businesses/users/:authUserId/terminals/:deviceId')
  legacyTerminalOfUser(@Param('authUserId', PositiveIntPipe) authUserId: number, @Param('deviceId') deviceId: string) {
    return ok(terminalView(this.usableTerminal(authUserId, deviceId)));
  }

  @Get('devices/:deviceId/transactions')
  transactions(@Param('deviceId') deviceId: string) {
    const terminal = this.terminals.byDevice(deviceId);
    return ok(this.payments.ofTerminal(terminal.terminalId, Date.now() - DEVICE_HISTORY_MS).map(terminalPaymentView));
  }

  @Get('devices/:deviceId/transactions/:transactionId')
  transaction(@Param('deviceId') deviceId: string, @Param('transactionId', PositiveIntPipe) transactionId: number) {
    const terminal = this.terminals.byDevice(deviceId);
    const payment = this.payments.get(transactionId);
    if (payment.terminalId !== terminal.terminalId) throw MigoBusinessError.named('TERMINAL_PAYMENT_NOT_FOUND');
    return ok(terminalPaymentView(payment));
  }

  @Patch('businesses/terminals/:deviceId')
  update(@Param('deviceId') deviceId: string, @Body() body: UpdateTerminalBody) {
    return ok(terminalView(this.terminals.update(deviceId, body)), 'terminal updated');
  }

  /** Irreversible; the terminal's past payments stay readable by id. */
  @Delete('businesses/terminals/:deviceId')
  remove(@Param('deviceId') deviceId: string) {
    const terminal = this.terminals.remove(deviceId);
    return ok({ terminalId: terminal.terminalId, deviceId: terminal.deviceId, deleted: true }, 'terminal deleted');
  }

  /** The owner of the terminal, or an admin / cashier of its branch, may use it; anyone else gets 404 / 7601. */
  private usableTerminal(authUserId: number, deviceId: string): Terminal {
    this.ledger.getUser(authUserId);
    const terminal = this.terminals.byDevice(deviceId);
    const account = this.accounts.get(authUserId);
    const staff = account.role !== 'cardholder' && account.branchCode === terminal.branchCode;
    if (terminal.authUserId !== authUserId && !staff) throw MigoBusinessError.named('TERMINAL_NOT_FOUND');
    return terminal;
  }
}
