import { Injectable } from '@nestjs/common';
import { ResetRegistry, Resettable } from './reset-registry.js';

export type CredentialKind = 'wallet' | 'cmsApp' | 'cmsUser';

export interface SimStatsSnapshot {
  logins: Record<CredentialKind, number>;
  refreshes: Record<CredentialKind, number>;
  /** `"<METHOD> <route template>"` → count, e.g. `"POST /rest/cards/:cardId/funds": 3`. Control-plane calls are not counted. */
  requests: Record<string, number>;
  faultsApplied: number;
  /** CMS calls (past the login) by the e-mail of the operator whose token they carried. */
  cmsOperatorCalls: Record<string, number>;
}

/** Counters read by tests and benchmarks through GET /__sim/stats. */
@Injectable()
export class SimStats implements Resettable {
  private snapshot!: SimStatsSnapshot;

  constructor(registry: ResetRegistry) {
    registry.register(this);
  }

  login(kind: CredentialKind): void {
    this.snapshot.logins[kind]++;
  }

  refresh(kind: CredentialKind): void {
    this.snapshot.refreshes[kind]++;
  }

  request(method: string, routeTemplate: string): void {
    const key = `${method} ${routeTemplate}`;
    this.snapshot.requests[key] = (this.snapshot.requests[key] ?? 0) + 1;
  }

  cmsOperatorCall(email: string): void {
    this.snapshot.cmsOperatorCalls[email] = (this.snapshot.cmsOperatorCalls[email] ?? 0) + 1;
  }

  faultApplied(): void {
    this.snapshot.faultsApplied++;
  }

  read(): SimStatsSnapshot {
    return structuredClone(this.snapshot);
  }

  reset(): void {
    this.snapshot = {
      logins: { wallet: 0, cmsApp: 0, cmsUser: 0 },
      refreshes: { wallet: 0, cmsApp: 0, cmsUser: 0 },
      requests: {},
      faultsApplied: 0,
      cmsOperatorCalls: {},
    };
  }
}
