import { Injectable } from '@nestjs/common';
import { CmsClient } from '#cms';
import { isTrackableById, jobKind, JobKindClients, JobType, TrackerTarget } from '#jobs';
import { MiddlewareClient } from '#middleware';
import { WalletGatewayClient } from '#wallet-gateway';
import type { ApiClient } from '../auth/api-clients.js';
import { forbidden } from '../auth/api-key.guard.js';
import { grants, Scope } from '../auth/scopes.js';
import { jobObjectOf } from '../access/resolvers/job-owners.js';

/** The read scope of the surface a kind of job follows: tracking by id reads what that surface's routes would. */
function readScopeOf(type: JobType): Scope {
  return `${jobKind(type).upstream}:read` as Scope;
}

/**
 * Turns POST /v1/jobs {type, upstreamId, partnerId?} into a tracker target once Migo confirms it knows the work (so a
 * typo is a 404 now, not a failed job later), as the kind's descriptor says. Which object that is, and so whether the
 * app may follow it, is decided before this runs by the route's `@PartnerOf(JobTarget.body())` declaration, on the
 * same reading (jobObjectOf).
 */
@Injectable()
export class TrackableTargets {
  private readonly clients: JobKindClients;

  constructor(cms: CmsClient, wallet: WalletGatewayClient, middleware: MiddlewareClient) {
    this.clients = { cms, wallet, middleware };
  }

  async resolve(app: ApiClient, type: JobType, upstreamId: string, partnerId?: string): Promise<{ target: TrackerTarget; partnerId?: string }> {
    const scope = readScopeOf(type);
    if (!grants(app.scopes, scope)) throw forbidden(`App "${app.name}" lacks scope ${scope}`);
    const object = jobObjectOf(type, upstreamId, partnerId);
    const { trackById } = jobKind(type);
    if (!isTrackableById(trackById)) throw new Error(`${type} cannot be tracked by id`); // jobObjectOf refused it already
    const confirmed = await trackById.confirm(this.clients, object, upstreamId, partnerId);
    return { target: confirmed.target as TrackerTarget, partnerId: confirmed.partnerId };
  }
}
