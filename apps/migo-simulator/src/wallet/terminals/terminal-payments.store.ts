import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { nanoId, Sequence } from '../../core/ids.js';
import { toUnits, unitsToString } from '../../core/money.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SimSettings } from '../../core/sim-settings.service.js';
import { SEED_TERMINALS } from '../../state/demo-world.js';
import type { TransferStatus } from '../../state/ledger.js';
import { TrackedTimers } from '../../core/tracked-timers.js';
import { SEED_DEVICE_TRANSACTIONS } from './device-transactions.seed.js';
import { Terminal } from './terminals.store.js';

export interface TerminalPayment {
  id: number;
  terminalId: number;
  operationId: string;
  externalId: string;
  subtotalUnits: number;
  totalAmountUnits: number;
  status: TransferStatus;
  currency: string;
  additionalData: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
}

/** Migo answers terminal-payment money as strings ("10", "0"). */
export function terminalPaymentView(p: TerminalPayment) {
  return {
    id: p.id,
    terminalId: p.terminalId,
    externalId: p.externalId,
    subtotal: unitsToString(p.subtotalUnits),
    totalAmount: unitsToString(p.totalAmountUnits),
    status: p.status,
    currency: p.currency,
    additionalData: p.additionalData,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export interface TerminalPaymentPatch {
  externalId?: string;
  totalAmountUnits?: number;
  status?: TransferStatus;
  additionalData?: Record<string, unknown>;
}

/**
 * Card-present payments of terminals; they are also the device transaction history.
 * A payment nobody PATCHes settles by itself after `paymentLinkSettleMs`: `created` → `approved`, totalAmount = subtotal.
 */
@Injectable()
export class TerminalPayments implements Resettable, OnModuleDestroy {
  private payments = new Map<number, TerminalPayment>();
  private settleTimers = new Map<number, NodeJS.Timeout>();
  private readonly timers = new TrackedTimers();
  private readonly ids = new Sequence(1);

  constructor(
    registry: ResetRegistry,
    private readonly settings: SimSettings,
  ) {
    registry.register(this);
  }

  create(terminal: Terminal, input: { subtotalUnits: number; operationId?: string; additionalData?: Record<string, unknown> }): TerminalPayment {
    const operationId = input.operationId ?? `op_${nanoId()}`;
    if ([...this.payments.values()].some((p) => p.operationId === operationId)) {
      throw MigoBusinessError.named('EXTERNAL_ID_ALREADY_EXISTS', `Operation ${operationId} already exists.`);
    }
    const now = new Date().toISOString();
    const payment: TerminalPayment = {
      id: this.ids.take(),
      terminalId: terminal.terminalId,
      operationId,
      externalId: '',
      subtotalUnits: input.subtotalUnits,
      totalAmountUnits: 0,
      status: 'created',
      currency: terminal.currency,
      additionalData: input.additionalData ?? null,
      createdAt: now,
      updatedAt: now,
    };
    this.payments.set(payment.id, payment);
    this.settleTimers.set(payment.id, this.timers.schedule(this.settings.current.paymentLinkSettleMs, () => this.settle(payment.id)));
    return payment;
  }

  get(id: number): TerminalPayment {
    const payment = this.payments.get(id);
    if (!payment) throw MigoBusinessError.named('TERMINAL_PAYMENT_NOT_FOUND');
    return payment;
  }

  /** Any PATCH takes the payment out of the automatic settlement. */
  update(id: number, patch: TerminalPaymentPatch): TerminalPayment {
    const payment = this.get(id);
    if (patch.externalId && [...this.payments.values()].some((p) => p !== payment && p.externalId === patch.externalId)) {
      throw MigoBusinessError.named('EXTERNAL_ID_ALREADY_EXISTS');
    }
    this.timers.cancel(this.settleTimers.get(id));
    this.settleTimers.delete(id);
    if (patch.externalId !== undefined) payment.externalId = patch.externalId;
    if (patch.totalAmountUnits !== undefined) payment.totalAmountUnits = patch.totalAmountUnits;
    if (patch.status !== undefined) payment.status = patch.status;
    if (patch.additionalData !== undefined) payment.additionalData = patch.additionalData;
    payment.updatedAt = new Date().toISOString();
    return payment;
  }

  all(): TerminalPayment[] {
    return [...this.payments.values()];
  }

  /** Payments of a terminal created at or after `sinceMs`, newest first. */
  ofTerminal(terminalId: number, sinceMs: number): TerminalPayment[] {
    return [...this.payments.values()]
      .filter((p) => p.terminalId === terminalId && Date.parse(p.createdAt) >= sinceMs)
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
  }

  onModuleDestroy(): void {
    this.timers.clear();
  }

  reset(): void {
    this.timers.clear();
    this.settleTimers = new Map();
    this.payments = new Map();
    this.ids.reset();
    const now = Date.now();
    for (const seed of SEED_DEVICE_TRANSACTIONS) {
      const at = new Date(now - seed.daysAgo * 86_400_000).toISOString();
      const id = this.ids.take();
      this.payments.set(id, {
        id,
        terminalId: seed.terminalId,
        operationId: `op_seed_${id}`,
        externalId: seed.externalId,
        subtotalUnits: toUnits(seed.subtotal)!,
        totalAmountUnits: toUnits(seed.totalAmount)!,
        status: seed.status,
        currency: SEED_TERMINALS.find((t) => t.terminalId === seed.terminalId)!.currency,
        additionalData: null,
        createdAt: at,
        updatedAt: at,
      });
    }
  }

  private settle(id: number): void {
    this.settleTimers.delete(id);
    const payment = this.payments.get(id);
    if (!payment || payment.status !== 'created') return;
    payment.status = 'approved';
    payment.totalAmountUnits = payment.subtotalUnits;
    payment.updatedAt = new Date().toISOString();
  }
}
