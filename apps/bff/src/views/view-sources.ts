import { ProblemError, ProblemType } from '#common';
import { UpstreamError } from '#migo-http';
import { problemForUpstreamError } from '../http/upstream-problem.js';

export type SourceStatus = 'ok' | 'timeout' | 'error' | 'circuit-open';

export interface SourceReport {
  status: SourceStatus;
  ms: number;
  error?: string;
}

export interface Source<T> {
  name: string;
  /** Without the primary source there is no view: its failure fails the request. */
  primary?: boolean;
  run(signal: AbortSignal): Promise<T>;
}

export interface Gathered {
  reports: Record<string, SourceReport>;
  values: Record<string, unknown>;
  partial: boolean;
}

class BudgetExceeded extends Error {}

/**
 * Runs every source at once, each within its own time budget (its upstream calls are aborted when it runs out), and
 * reports what each one did. The view's latency is its slowest source, capped by the budget, never the sum.
 */
export async function gather(sources: ReadonlyArray<Source<unknown>>, budgetMs: number): Promise<Gathered> {
  const reports: Record<string, SourceReport> = {};
  const values: Record<string, unknown> = {};
  const failures: Record<string, unknown> = {};
  await Promise.all(
    sources.map(async (source) => {
      const controller = new AbortController();
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const budget = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          controller.abort();
          reject(new BudgetExceeded());
        }, budgetMs);
      });
      try {
        values[source.name] = await Promise.race([source.run(controller.signal), budget]);
        reports[source.name] = { status: 'ok', ms: Math.round(performance.now() - started) };
      } catch (error) {
        failures[source.name] = error;
        reports[source.name] = { ...statusOf(error, controller.signal.aborted), ms: Math.round(performance.now() - started) };
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const primary = sources.find((source) => source.primary);
  if (primary && reports[primary.name].status !== 'ok') throw primaryFailure(primary.name, reports[primary.name], failures[primary.name]);
  return { reports, values, partial: Object.values(reports).some((report) => report.status !== 'ok') };
}

function statusOf(error: unknown, aborted: boolean): Omit<SourceReport, 'ms'> {
  if (error instanceof BudgetExceeded || aborted) return { status: 'timeout', error: 'time budget exceeded' };
  if (error instanceof UpstreamError) {
    if (error.kind === 'circuit-open') return { status: 'circuit-open', error: error.message };
    if (error.kind === 'timeout') return { status: 'timeout', error: error.message };
    return { status: 'error', error: error.status ? `${error.upstream} answered ${error.status}: ${error.message}` : error.message };
  }
  return { status: 'error', error: 'unexpected error' };
}

/**
 * The primary source failed. Migo's refusal of the request itself passes through (e.g. 404 for an unknown
 * cardholder); anything else means the view cannot be built now: 504 when it ran out of time, else 502.
 */
function primaryFailure(name: string, report: SourceReport, error: unknown): ProblemError {
  const detail = `The view's primary source (${name}) failed: ${report.error}`;
  if (error instanceof UpstreamError && error.kind === 'response' && error.status !== undefined && error.status < 500) {
    const { problem, headers } = problemForUpstreamError(error);
    return new ProblemError({ ...problem, detail: `The view's primary source (${name}) failed: ${problem.detail}`, sources: { [name]: report } }, headers);
  }
  const upstream = error instanceof UpstreamError ? problemForUpstreamError(error).problem.upstream : undefined;
  return report.status === 'timeout'
    ? ProblemError.of(504, ProblemType.upstreamTimeout, 'View unavailable', detail, { sources: { [name]: report }, ...(upstream ? { upstream } : {}) })
    : ProblemError.of(502, ProblemType.upstreamUnavailable, 'View unavailable', detail, { sources: { [name]: report }, ...(upstream ? { upstream } : {}) });
}
