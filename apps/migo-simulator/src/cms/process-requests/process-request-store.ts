import { Injectable } from '@nestjs/common';
import { Sequence } from '../../core/ids.js';
import { fromUnits, toUnits } from '../../core/money.js';
import { ResetRegistry, Resettable } from '../../core/reset-registry.js';
import { MigoBusinessError } from '../../core/sim-errors.js';
import { SEED_PARTNERS } from '../../state/demo-world.js';
import { PartnerBalances } from '../partners/partner-balances.js';
import type { Evidence } from './evidence.js';

export type ProcessRequestStatus = 'pending' | 'approved' | 'rejected';

interface ProcessRequest {
  id: number;
  clientId: string;
  requestedAmountUnits: number;
  currency: string;
  status: ProcessRequestStatus;
  observations: string | null;
  evidence: Evidence;
  createdBy: number;
  createdAt: string;
  reviewedBy: number | null;
  reviewedAt: string | null;
  reason: string | null;
}

const DAY_MS = 86_400_000;

/** Partner balance top-up requests: created with evidence, then approved (balance credited) or rejected by another operator. */
@Injectable()
export class ProcessRequestStore implements Resettable {
  private requests = new Map<number, ProcessRequest>();
  private readonly ids = new Sequence(1);

  constructor(
    registry: ResetRegistry,
    private readonly balances: PartnerBalances,
  ) {
    registry.register(this);
  }

  create(input: { clientId: string; currency: string; requestedAmountUnits: number; observations?: string; evidence: Evidence; createdBy: number }) {
    return this.view(this.insert({ ...input, observations: input.observations ?? null, status: 'pending', createdAt: new Date().toISOString() }));
  }

  /** Newest first. */
  list(clientId: string) {
    return [...this.requests.values()].filter((r) => r.clientId === clientId).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id).map((r) => this.view(r));
  }

  /** Only a pending request can be reviewed (7507), and never by its creator (8005). Approval credits the partner. */
  review(clientId: string, id: number, reviewer: number, decision: { status: 'approved' | 'rejected'; reason?: string }) {
    const request = this.requests.get(id);
    if (!request || request.clientId !== clientId) throw MigoBusinessError.named('PROCESS_REQUEST_NOT_FOUND');
    if (request.createdBy === reviewer) throw MigoBusinessError.named('FORBIDDEN', 'A process request must be reviewed by an operator other than its creator.');
    if (request.status !== 'pending') throw MigoBusinessError.named('PROCESS_REQUEST_NOT_PENDING');
    if (decision.status === 'approved') this.balances.credit(clientId, request.requestedAmountUnits);
    request.status = decision.status;
    request.reviewedBy = reviewer;
    request.reviewedAt = new Date().toISOString();
    request.reason = decision.reason ?? null;
    return this.view(request);
  }

  reset(): void {
    this.requests = new Map();
    this.ids.reset();
    const acme = SEED_PARTNERS.find((p) => p.partnerId === 'acme')!;
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY_MS).toISOString();
    const pdf = (n: number): Evidence => ({ fileName: `transferencia-${n}.pdf`, size: 48_213 + n, mimeType: 'application/pdf' });
    this.insert({ clientId: acme.partnerId, currency: acme.currency, requestedAmountUnits: toUnits(50000)!, observations: 'Fondeo mensual', evidence: pdf(1), createdBy: 1, createdAt: at(10), status: 'approved', reviewedBy: 2, reviewedAt: at(9), reason: null });
    this.insert({ clientId: acme.partnerId, currency: acme.currency, requestedAmountUnits: toUnits(12500.5)!, observations: 'Recarga nómina', evidence: pdf(2), createdBy: 2, createdAt: at(2), status: 'pending' });
    this.insert({ clientId: acme.partnerId, currency: acme.currency, requestedAmountUnits: toUnits(3000)!, observations: null, evidence: pdf(3), createdBy: 1, createdAt: at(1), status: 'pending' });
  }

  private insert(input: Omit<ProcessRequest, 'id' | 'reviewedBy' | 'reviewedAt' | 'reason'> & Partial<Pick<ProcessRequest, 'reviewedBy' | 'reviewedAt' | 'reason'>>): ProcessRequest {
    const request: ProcessRequest = { reviewedBy: null, reviewedAt: null, reason: null, ...input, id: this.ids.take() };
    this.requests.set(request.id, request);
    return request;
  }

  private view(r: ProcessRequest) {
    return {
      id: r.id,
      clientId: r.clientId,
      requestedAmount: fromUnits(r.requestedAmountUnits),
      currency: r.currency,
      status: r.status,
      observations: r.observations,
      evidence: r.evidence,
      createdBy: r.createdBy,
      createdAt: r.createdAt,
      reviewedBy: r.reviewedBy,
      reviewedAt: r.reviewedAt,
      reason: r.reason,
    };
  }
}
