import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { fromUnits } from '../core/money.js';
import { PaymentHistory } from '../middleware/charges/payment-history.js';
import { PaymentLinkStore } from '../middleware/payment-links/payment-link-store.js';
import { Ledger } from '../state/ledger.js';
import { MovementExtras } from '../wallet/funds/movement-extras.store.js';

const mentions = (value: unknown, text: string) => value !== undefined && value !== null && JSON.stringify(value).includes(text);

/**
 * The books, by the text a client stamped on its writes (GET /__sim/writes?reference=…): every transfer, funds
 * movement, payment link and charge batch that carries it, wherever Migo keeps free text (transfer observations,
 * movement description and customKeys, payment-link externalId, charge metadata). Tests count with it how often a
 * keyed write was applied; Migo has no such route.
 */
@Controller('writes')
export class WritesController {
  constructor(
    private readonly ledger: Ledger,
    private readonly extras: MovementExtras,
    private readonly links: PaymentLinkStore,
    private readonly history: PaymentHistory,
  ) {}

  @Get()
  find(@Query('reference') reference?: string) {
    if (!reference || reference.length < 6) throw new BadRequestException('reference (at least 6 characters) is required');
    const transfers = this.ledger.transfersWhere((t) => mentions(t.observations, reference)).map((t) => ({ id: t.id, fromCardId: t.fromCardId, toCardId: t.toCardId, amount: fromUnits(t.amountUnits), observations: t.observations ?? null, createdAt: t.createdAt }));
    const fundsMovements = this.ledger
      .movementsWhere((m) => (m.type === 'ADD_FUNDS' || m.type === 'WITHDRAW_FUNDS') && (mentions(m.description, reference) || mentions(this.extras.customKeysOf(m.id), reference)))
      .map((m) => ({ id: m.id, cardId: m.cardId, type: m.type, amount: fromUnits(m.amountUnits), reference: m.reference ?? null, description: m.description ?? null, customKeys: this.extras.customKeysOf(m.id) ?? null, createdAt: m.createdAt }));
    const paymentLinks = this.links
      .all()
      .filter((l) => l.externalId === reference)
      .map((l) => ({ uid: l.uid, client: l.client, externalId: l.externalId, amount: fromUnits(l.amountUnits), createdAt: l.createdAt }));
    const batches = new Map<string, number>();
    for (const entry of this.history.where((e) => e.source.type === 'on-demand' && mentions(e.metadata, reference))) batches.set(entry.source.batchId!, (batches.get(entry.source.batchId!) ?? 0) + 1);
    const chargeBatches = [...batches].map(([batchId, chargedRows]) => ({ batchId, chargedRows }));
    return { reference, transfers, fundsMovements, paymentLinks, chargeBatches };
  }
}
