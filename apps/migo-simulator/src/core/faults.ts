import { Injectable } from '@nestjs/common';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';
import { ResetRegistry, Resettable } from './reset-registry.js';
import { SimStats } from './sim-stats.js';
import { Surface } from './surface.js';

export const FAULT_STATUSES = [401, 429, 500, 502, 503, 504] as const;

/** Body of POST /__sim/faults. Exactly one effect: latencyMs, status, reset or sseCutAfterFrames. */
export class FaultSpec {
  @IsIn(['wallet', 'cms', 'middleware', 'migration', '*']) surface!: Surface | '*';
  /** HTTP method to match; any when omitted. */
  @IsOptional() @IsIn(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) method?: string;
  /**
   * Path within the surface, e.g. `/cards/*\/funds` or `/cards/:cardId/funds`. `*` and `:param` match one segment,
   * `**` any number of segments. Every path of the surface when omitted.
   */
  @IsOptional() @IsString() path?: string;

  @IsOptional() @IsInt() @Min(1) @Max(120000) latencyMs?: number;
  @IsOptional() @IsIn(FAULT_STATUSES as unknown as number[]) status?: number;
  @IsOptional() @IsInt() @Min(0) @Max(3600) retryAfterSeconds?: number;
  @IsOptional() @IsIn([true]) reset?: boolean;
  @IsOptional() @IsInt() @Min(0) sseCutAfterFrames?: number;

  /** Apply to the next N matching requests; to all of them until cleared when omitted. */
  @IsOptional() @IsInt() @Min(1) times?: number;
  /** Apply to this fraction of matching requests (0–1). */
  @IsOptional() @IsNumber() @Min(0) @Max(1) probability?: number;
}

export type FaultEffect =
  | { kind: 'latency'; latencyMs: number }
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  | { kind: 'reset' }
  | { kind: 'sse-cut'; afterFrames: number };

export interface Fault {
  id: string;
  surface: Surface | '*';
  method?: string;
  path?: string;
  effect: FaultEffect;
  remaining?: number;
  probability?: number;
  applied: number;
  matcher: RegExp;
}

export function effectOf(spec: FaultSpec): FaultEffect | string {
  const chosen = [spec.latencyMs !== undefined, spec.status !== undefined, spec.reset === true, spec.sseCutAfterFrames !== undefined].filter(Boolean).length;
  if (chosen !== 1) return 'exactly one of latencyMs, status, reset, sseCutAfterFrames is required';
  if (spec.latencyMs !== undefined) return { kind: 'latency', latencyMs: spec.latencyMs };
  if (spec.status !== undefined) return { kind: 'status', status: spec.status, retryAfterSeconds: spec.retryAfterSeconds };
  if (spec.reset) return { kind: 'reset' };
  return { kind: 'sse-cut', afterFrames: spec.sseCutAfterFrames! };
}

/** `/cards/:cardId/funds` or `/cards/*\/funds` → a RegExp over the path within the surface. */
export function pathMatcher(pattern: string | undefined): RegExp {
  if (!pattern || pattern === '*' || pattern === '/**') return /^.*$/;
  const normalized = pattern.startsWith('/') ? pattern : `/${pattern}`;
  const source = normalized
    .split('/')
    .map((segment) => {
      if (segment === '**') return '.*';
      if (segment === '*' || segment.startsWith(':')) return '[^/]+';
      return segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${source.replace(/\/\.\*/g, '(?:/.*)?')}/?$`);
}

/** Faults injected through the control plane, consumed by the request hook and by SSE handlers. */
@Injectable()
export class FaultRegistry implements Resettable {
  private faults: Fault[] = [];
  private sequence = 0;

  constructor(
    registry: ResetRegistry,
    private readonly stats: SimStats,
  ) {
    registry.register(this);
  }

  add(spec: FaultSpec, effect: FaultEffect): Fault {
    const fault: Fault = {
      id: `flt_${++this.sequence}`,
      surface: spec.surface,
      method: spec.method,
      path: spec.path,
      effect,
      remaining: spec.times,
      probability: spec.probability,
      applied: 0,
      matcher: pathMatcher(spec.path),
    };
    this.faults.push(fault);
    return fault;
  }

  list(): Array<Omit<Fault, 'matcher'>> {
    return this.faults.map(({ matcher: _matcher, ...rest }) => rest);
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length !== before;
  }

  clear(): void {
    this.faults = [];
  }

  /**
   * Finds the first fault of the wanted kind matching the request and consumes one use of it.
   * `sse-cut` faults are taken by SSE handlers; every other kind by the request hook.
   */
  take(surface: Surface, method: string, path: string, kinds: ReadonlyArray<FaultEffect['kind']>): FaultEffect | undefined {
    for (const fault of this.faults) {
      if (!kinds.includes(fault.effect.kind)) continue;
      if (fault.surface !== '*' && fault.surface !== surface) continue;
      if (fault.method && fault.method !== method) continue;
      if (!fault.matcher.test(path)) continue;
      if (fault.probability !== undefined && Math.random() >= fault.probability) continue;
      fault.applied++;
      this.stats.faultApplied();
      if (fault.remaining !== undefined) {
        fault.remaining--;
        if (fault.remaining <= 0) this.faults = this.faults.filter((f) => f !== fault);
      }
      return fault.effect;
    }
    return undefined;
  }

  reset(): void {
    this.faults = [];
  }
}
