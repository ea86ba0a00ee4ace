import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { SimulatorEnv } from '../../config/simulator.config.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { SimSettings } from '../../core/sim-settings.service.js';
import { SIM_ENV } from '../../core/sim-tokens.js';
import { outcomeByCents } from '../shared/amounts.js';
import type { MiddlewareClient } from '../shared/clients.js';
import { mwErrors } from '../shared/mw-errors.js';
import { TrackedTimers } from '../../core/tracked-timers.js';
import { transactionUid } from '../shared/transaction-ids.js';
import { apmProcessor, PaymentData } from './apm-processors.js';
import { ApmStatus, ApmTransaction } from './apm-transaction.js';

/** Seconds an unpaid alternative-payment transaction stays open. */
export const APM_EXPIRY_SECONDS = 900;

export type TerminalApmStatus = 'APPROVED' | 'DENIED' | 'EXPIRED';

export type DismissOutcome = { kind: 'dismissed' } | { kind: 'cancelled'; tx: ApmTransaction };

const OPEN: ReadonlySet<ApmStatus> = new Set(['CREATED', 'USED']);
const FINAL: ReadonlySet<ApmStatus> = new Set(['APPROVED', 'DENIED', 'EXPIRED', 'DISMISSED', 'CANCELLED']);
const TO_UPPER = { approved: 'APPROVED', denied: 'DENIED', expired: 'EXPIRED' } as const;

/**
 * Alternative-payment transactions: CREATED → USED (payment intents read) → IN_PROGRESS (payment started) →
 * APPROVED / DENIED / EXPIRED after `apmSettleMs` (by the amount's cents), plus DISMISSED and CANCELLED.
 * An unpaid transaction (CREATED / USED) becomes EXPIRED once its 900 s are over; that is applied when it is read.
 */
@Injectable()
export class ApmStore implements Resettable, OnModuleDestroy {
  private transactions = new Map<string, ApmTransaction>();
  private readonly settleTimers = new Map<string, NodeJS.Timeout>();
  private readonly timers = new TrackedTimers();

  constructor(
    registry: ResetRegistry,
    private readonly settings: SimSettings,
    @Inject(SIM_ENV) private readonly env: SimulatorEnv,
  ) {
    registry.register(this);
  }

  create(client: MiddlewareClient, input: { userId: string; channel: string; amountUnits: number; customKeys?: Record<string, unknown> }): ApmTransaction {
    const now = Date.now();
    const tx: ApmTransaction = {
      kind: 'alternative-payment',
      uid: transactionUid(),
      client: client.slug,
      userId: input.userId,
      channel: input.channel,
      amountUnits: input.amountUnits,
      currency: client.currency,
      customKeys: input.customKeys,
      status: 'CREATED',
      processor: null,
      paymentMethods: client.apmProcessors,
      expiresAtMs: now + APM_EXPIRY_SECONDS * 1000,
      createdAt: new Date(now).toISOString(),
      updatedAt: new Date(now).toISOString(),
    };
    this.transactions.set(tx.uid, tx);
    return tx;
  }

  find(uid: string): ApmTransaction | undefined {
    const tx = this.transactions.get(uid);
    return tx && this.expireIfDue(tx);
  }

  get(uid: string): ApmTransaction {
    const tx = this.find(uid);
    if (!tx) throw mwErrors.transactionNotFound();
    return tx;
  }

  all(): ApmTransaction[] {
    return [...this.transactions.values()].map((tx) => this.expireIfDue(tx));
  }

  /** Payment intents: the processor's metadata (or null); reading them marks a CREATED transaction USED. */
  intents(uid: string, processor: string): Record<string, unknown> | null {
    const tx = this.get(uid);
    this.requireEnabled(tx, processor);
    if (!OPEN.has(tx.status)) throw mwErrors.notEligible(`Transaction is ${tx.status}.`);
    if (tx.status === 'CREATED') this.touch(tx, 'USED');
    return apmProcessor(processor)?.intents ?? null;
  }

  /** Starts the payment on a rail: CREATED / USED → IN_PROGRESS; the rail's webhook arrives after `apmSettleMs`. */
  pay(uid: string, processor: string, data: PaymentData) {
    const tx = this.get(uid);
    this.requireEnabled(tx, processor);
    if (!OPEN.has(tx.status)) throw mwErrors.notEligible(`Transaction is ${tx.status}.`);
    const rail = apmProcessor(processor)!;
    const missing = rail.missing?.(data);
    if (missing) throw mwErrors.invalid(missing);
    tx.processor = processor;
    this.touch(tx, 'IN_PROGRESS');
    const timer = this.timers.schedule(this.settings.current.apmSettleMs, () => {
      this.settleTimers.delete(tx.uid);
      if (tx.status === 'IN_PROGRESS') this.touch(tx, TO_UPPER[outcomeByCents(tx.amountUnits)]);
    });
    this.settleTimers.set(tx.uid, timer);
    return { transaction_id: tx.uid, type: rail.type, data: rail.answer(tx, data, this.env.SIM_CHECKOUT_BASE_URL), cancelAt: null };
  }

  /** Migo's dismiss table, row by row. */
  dismiss(uid: string): DismissOutcome {
    const tx = this.get(uid);
    if (OPEN.has(tx.status)) {
      this.touch(tx, 'DISMISSED');
      return { kind: 'dismissed' };
    }
    if (tx.status !== 'IN_PROGRESS') throw mwErrors.notEligible(`A ${tx.status} transaction cannot be dismissed.`);
    const processor = tx.processor!;
    const hook = apmProcessor(processor)?.cancel ?? 'none';
    if (hook === 'none') throw mwErrors.noCancelHook(processor);
    this.stopSettling(tx.uid);
    this.touch(tx, hook === 'dedicated' ? 'CANCELLED' : 'DISMISSED');
    return hook === 'dedicated' ? { kind: 'cancelled', tx } : { kind: 'dismissed' };
  }

  /** Ends a not-yet-final transaction now (control plane). */
  forceOutcome(uid: string, status: TerminalApmStatus): ApmTransaction {
    const tx = this.get(uid);
    if (FINAL.has(tx.status)) throw mwErrors.notEligible(`Transaction is already ${tx.status}.`);
    this.stopSettling(uid);
    this.touch(tx, status);
    return tx;
  }

  reset(): void {
    this.timers.clear();
    this.settleTimers.clear();
    this.transactions = new Map();
  }

  onModuleDestroy(): void {
    this.timers.clear();
  }

  private requireEnabled(tx: ApmTransaction, processor: string): void {
    if (!tx.paymentMethods.includes(processor)) throw mwErrors.processorNotEnabled(processor);
  }

  private expireIfDue(tx: ApmTransaction): ApmTransaction {
    if (OPEN.has(tx.status) && Date.now() >= tx.expiresAtMs) {
      tx.status = 'EXPIRED';
      tx.updatedAt = new Date(tx.expiresAtMs).toISOString();
    }
    return tx;
  }

  private stopSettling(uid: string): void {
    this.timers.cancel(this.settleTimers.get(uid));
    this.settleTimers.delete(uid);
  }

  private touch(tx: ApmTransaction, status: ApmStatus): void {
    tx.status = status;
    tx.updatedAt = new Date().toISOString();
  }
}
