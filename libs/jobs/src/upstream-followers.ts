import type { RedisConnection, RedisKeys } from '#common';

/** Kept a while past the tracking deadline, so a late hint still finds the job (and then drops it: its tracker is gone). */
const GRACE_MS = 3600_000;

/** A job type or a watch type: what follows the object (their names never collide: both are listed in registries). */
export type FollowerType = string;

/**
 * Which tracked jobs and watches (of any app) follow one upstream object: a set of ids per (job or watch type,
 * upstream id), so a hint about that object (one of Migo's callbacks) reaches every job or watch following it. Bounded: one member per app tracking the
 * object, and the set expires after the longest tracking deadline of its members; a member whose tracker is gone is
 * dropped by the next hint that finds it gone.
 */
export class UpstreamFollowers {
  constructor(
    private readonly redis: RedisConnection,
    private readonly keys: RedisKeys,
  ) {}

  private followersKey(type: FollowerType, upstreamId: string): string {
    return this.keys.key('followers', type, upstreamId);
  }

  private gateKey(type: FollowerType, upstreamId: string): string {
    return this.keys.key('early-poll', type, upstreamId);
  }

  async add(type: FollowerType, upstreamId: string, jobId: string, deadlineSeconds: number): Promise<void> {
    const key = this.followersKey(type, upstreamId);
    const ttlMs = deadlineSeconds * 1000 + GRACE_MS;
    // NX sets the first expiry; GT only ever extends it (a later job with a longer deadline).
    await this.redis.multi().sadd(key, jobId).pexpire(key, ttlMs, 'NX').pexpire(key, ttlMs, 'GT').exec();
  }

  async of(type: FollowerType, upstreamId: string): Promise<string[]> {
    return this.redis.smembers(this.followersKey(type, upstreamId));
  }

  async drop(type: FollowerType, upstreamId: string, jobId: string): Promise<void> {
    await this.redis.srem(this.followersKey(type, upstreamId), jobId);
  }

  /** True for the first caller per `intervalMs` and object (across every BFF instance): it may ask for an early poll. */
  async claimEarlyPoll(type: FollowerType, upstreamId: string, intervalMs: number): Promise<boolean> {
    return (await this.redis.set(this.gateKey(type, upstreamId), '1', 'PX', intervalMs, 'NX')) === 'OK';
  }
}
