// Turns the benchmark results into the figures the issue asks for: per-round ratios against the baselines measured
// in the same round, their medians, the targets, and a Markdown record for bench/RESULTS.md.
import { median, round } from './stats.mjs';

export const TARGETS = {
  throughputRatio: 0.5,
  cpuRatio: 2,
  overTypical: 3,
  addedP99Ms: 5,
  viewOverheadMs: 5,
  walletLogins: 1,
  lagOverPollMs: 250,
  redisBytesPerJob: 2048,
};

/** CPU per request of the process a target is about (the first one measured: the BFF, the proxy, the peer). */
export function ownCpu(result) {
  return Object.values(result.cpu)[0].msPerRequest;
}

/** Ratios of one round: every figure compares runs taken minutes apart on the same processes. */
export function roundRatios(r) {
  return {
    throughputRatio: r.bff.rps / r.bareProxy.rps,
    cpuRatio: ownCpu(r.bff) / ownCpu(r.bareProxy),
    ...(r.typicalBff
      ? {
          typicalThroughputRatio: r.typicalBff.rps / r.bareProxy.rps,
          typicalCpuRatio: ownCpu(r.typicalBff) / ownCpu(r.bareProxy),
          overTypical: r.bff.rps / r.typicalBff.rps,
        }
      : {}),
    ...(r.minimalNest ? { minimalThroughputRatio: r.minimalNest.rps / r.bareProxy.rps, minimalCpuRatio: ownCpu(r.minimalNest) / ownCpu(r.bareProxy) } : {}),
    addedP50Ms: r.bff.p50 - r.direct.p50,
    addedP99Ms: r.bff.p99 - r.direct.p99,
    bareAddedP99Ms: r.bareProxy.p99 - r.direct.p99,
    pacedAddedP50Ms: r.paced.bff.p50 - r.paced.direct.p50,
    pacedAddedP99Ms: r.paced.bff.p99 - r.paced.direct.p99,
    ...(r.bffCompare ? { compareThroughputRatio: r.bffCompare.rps / r.bareProxy.rps, compareAddedP99Ms: r.bffCompare.p99 - r.direct.p99, afterOverBefore: r.bff.rps / r.bffCompare.rps } : {}),
  };
}

export function httpSummary(http) {
  const ratios = http.rounds.map(roundRatios);
  const pick = (key) => median(ratios.map((r) => r[key]).filter((v) => v !== undefined));
  const targetsSeen = Object.keys(http.rounds[0]).filter((name) => name !== 'paced');
  const medians = Object.fromEntries(
    targetsSeen.map((name) => [
      name,
      {
        rps: median(http.rounds.map((r) => r[name].rps)),
        p50: median(http.rounds.map((r) => r[name].p50)),
        p99: median(http.rounds.map((r) => r[name].p99)),
        cpuMsPerRequest: Object.fromEntries(Object.keys(http.rounds[0][name].cpu).map((p) => [p, median(http.rounds.map((r) => r[name].cpu[p].msPerRequest))])),
        failures: http.rounds.reduce((sum, r) => sum + r[name].non2xx + r[name].errors, 0),
      },
    ]),
  );
  return {
    ratios,
    medians,
    throughputRatio: pick('throughputRatio'),
    cpuRatio: pick('cpuRatio'),
    typicalThroughputRatio: pick('typicalThroughputRatio'),
    typicalCpuRatio: pick('typicalCpuRatio'),
    overTypical: pick('overTypical'),
    minimalThroughputRatio: pick('minimalThroughputRatio'),
    minimalCpuRatio: pick('minimalCpuRatio'),
    addedP50Ms: pick('addedP50Ms'),
    addedP99Ms: pick('addedP99Ms'),
    bareAddedP99Ms: pick('bareAddedP99Ms'),
    pacedAddedP50Ms: pick('pacedAddedP50Ms'),
    pacedAddedP99Ms: pick('pacedAddedP99Ms'),
    compareThroughputRatio: pick('compareThroughputRatio'),
    afterOverBefore: pick('afterOverBefore'),
  };
}

const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'met' : 'NOT met');

export function targetLines(http, jobs) {
  const lines = [];
  if (http) {
    const s = httpSummary(http);
    lines.push(['BFF / bare proxy throughput', `${round(s.throughputRatio, 2)}×`, `≥ ${TARGETS.throughputRatio}×`, verdict(s.throughputRatio >= TARGETS.throughputRatio)]);
    lines.push(['BFF CPU per pass-through request / bare proxy\'s', `${round(s.cpuRatio, 2)}×`, `≤ ${TARGETS.cpuRatio}×`, verdict(s.cpuRatio <= TARGETS.cpuRatio)]);
    if (s.overTypical !== undefined) lines.push(['BFF / typical NestJS BFF throughput', `${round(s.overTypical, 2)}×`, `≥ ${TARGETS.overTypical}×`, verdict(s.overTypical >= TARGETS.overTypical)]);
    const pacedRates = [...new Set(http.rounds.map((r) => r.paced.rate))].join(', ');
    lines.push([`open-loop added p99 at a quarter of the BFF's capacity (${pacedRates}/s)`, `${round(s.pacedAddedP99Ms, 1)} ms`, `≤ ${TARGETS.addedP99Ms} ms`, verdict(s.pacedAddedP99Ms <= TARGETS.addedP99Ms)]);
    if (http.view.pending) lines.push(['view − slowest source', 'pending', `≤ ${TARGETS.viewOverheadMs} ms`, 'n/a']);
    else {
      const v = http.view.light;
      lines.push([`cardholder view − slowest source, p99, ${v.connections} connections`, `${round(v.overhead.p99, 1)} ms`, `≤ ${TARGETS.viewOverheadMs} ms`, verdict(v.overhead.p99 <= TARGETS.viewOverheadMs)]);
      lines.push([`… same at ${http.view.connections} connections (the BFF saturated: a capacity figure)`, `${round(http.view.overhead.p99, 1)} ms`, '—', '']);
    }
    lines.push(['closed-loop BFF p99 − direct p99, 32 connections (a capacity figure)', `${round(s.addedP99Ms, 1)} ms`, '—', '']);
    lines.push(['Wallet logins by the BFF and worker', String(http.walletLogins.bffAndWorker), `= ${TARGETS.walletLogins}`, verdict(http.walletLogins.bffAndWorker === TARGETS.walletLogins)]);
  }
  if (jobs && !jobs.skipped) {
    const lagBudget = jobs.pollIntervalMs + TARGETS.lagOverPollMs;
    lines.push(['notification lag p99', `${jobs.lag.p99} ms`, `≤ ${lagBudget} ms`, verdict(jobs.lag.p99 <= lagBudget)]);
    lines.push(['Redis per tracked job', `${jobs.redis.bytesPerTrackedJob} B`, `≤ ${TARGETS.redisBytesPerJob} B`, verdict(jobs.redis.bytesPerTrackedJob <= TARGETS.redisBytesPerJob)]);
    lines.push(['upstream polls/s (highest 10 s average)', String(jobs.polls.maxPer10Seconds), `≤ ${jobs.pollBudgetPerSecond}`, verdict(jobs.polls.maxPer10Seconds <= jobs.pollBudgetPerSecond)]);
  }
  return lines;
}

function table(header, rows) {
  const out = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) out.push(`| ${row.join(' | ')} |`);
  return out.join('\n');
}

export function httpTables(http) {
  const s = httpSummary(http);
  const label = {
    direct: '(a) simulator directly',
    bareProxy: '(b) bare proxy',
    bff: '(c) BFF `GET /v1/wallet/cards/5001`',
    bffCompare: '(c′) BFF, comparison build',
    bffFloor: '(e) BFF `GET /health/live` (no upstream call)',
    typicalBff: '(f) peer: typical NestJS BFF (Express, @nestjs/axios, guard, pino line, histogram)',
    minimalNest: '(g) peer: minimal Nest + Fastify route awaiting one undici request',
  };
  const rows = Object.entries(s.medians).map(([name, m]) => [
    label[name] ?? name,
    String(round(m.rps, 0)),
    String(m.p50),
    String(m.p99),
    Object.entries(m.cpuMsPerRequest).map(([p, ms]) => `${p} ${ms}`).join(', '),
    String(m.failures),
  ]);
  const perRound = http.rounds.map((r, i) => {
    const ratio = s.ratios[i];
    return [
      String(i + 1),
      ...['direct', 'bareProxy', 'bff'].map((n) => `${round(r[n].rps, 0)} / ${r[n].p99}`),
      `${round(ratio.throughputRatio, 2)}×`,
      `${round(ratio.cpuRatio, 2)}×`,
      `${round(ratio.addedP99Ms, 1)} ms`,
      `${r.paced.rate}/s: ${round(r.paced.direct.p50, 1)} / ${round(r.paced.direct.p99, 1)} → ${round(r.paced.bff.p50, 1)} / ${round(r.paced.bff.p99, 1)}`,
      r.paced.loop ? `≤ ${r.paced.loop.p99DelayMs} ms; ${r.paced.loop.over5ms} / ${r.paced.loop.samples} over 5 ms; ${r.paced.loop.gcCount} GCs, ${r.paced.loop.gcMs} ms` : '—',
    ];
  });
  let out = `${table(['target', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms per request (process)', 'non-2xx + errors'], rows)}\n\n`;
  const peerRows = [['(c) this BFF', s.throughputRatio, s.cpuRatio]];
  if (s.typicalThroughputRatio !== undefined) peerRows.push(['(f) typical NestJS BFF', s.typicalThroughputRatio, s.typicalCpuRatio]);
  if (s.minimalThroughputRatio !== undefined) peerRows.push(['(g) minimal Nest + Fastify + undici', s.minimalThroughputRatio, s.minimalCpuRatio]);
  out += `Against the bare proxy, medians of the per-round ratios:\n\n${table(['', 'throughput / bare proxy', 'CPU per request / bare proxy'], peerRows.map(([name, t, c]) => [name, `${round(t, 2)}×`, `${round(c, 2)}×`]))}\n\n`;
  if (s.overTypical !== undefined) out += `This BFF / the typical NestJS BFF: ${round(s.overTypical, 2)}× the throughput (per round: ${s.ratios.map((r) => `${round(r.overTypical, 2)}×`).join(', ')}).\n\n`;
  out += `Per round: closed loop req/s / p99 ms, then an open-loop run of (a) and (c) at the same fixed rate over ${http.rounds[0].paced.connections} keep-alive connections (a quarter of what the BFF just sustained; requests start on schedule and each latency counts from when it was due), p50 / p99 ms direct → through the BFF:\n\n`;
  out += table(['round', 'direct', 'bare proxy', 'BFF', 'BFF/bare', 'BFF CPU / bare CPU', 'BFF p99 − direct p99', 'open loop', 'BFF event loop during the open loop: p99 delay; samples over 5 ms; GC'], perRound);
  out += `\n\nOpen loop, median over rounds: the hop adds ${round(s.pacedAddedP50Ms, 1)} ms at p50 and ${round(s.pacedAddedP99Ms, 1)} ms at p99.`;
  if (s.afterOverBefore !== undefined) out += `\n\nComparison build: BFF/bare ${round(s.compareThroughputRatio, 2)}×, p99 − direct ${round(median(s.ratios.map((r) => r.compareAddedP99Ms)), 1)} ms; this build / comparison build throughput ${round(s.afterOverBefore, 2)}×.`;
  const v = http.view;
  if (v.pending) out += `\n\n(d) cardholder view: pending — ${v.reason}.`;
  else {
    out += `\n\n(d) cardholder view \`GET /v1/views/partners/acme/cardholders/1\`, ${v.injectedLatencyMs} ms injected by the simulator on every upstream call, view cache off (\`VIEW_TTL_CARDHOLDER_SECONDS=0\`), one app per connection so no two requests share an in-flight view. "Slowest source" is the largest of the view's own \`sources[*].ms\` (the BFF's timing of each source, its client-side cost included); "view − slowest source" is computed per request.\n\n`;
    out += table(
      ['connections', 'req/s', 'p50 ms', 'p99 ms', 'slowest source p50 / p99 ms', 'view − slowest source p50 / p99 ms', 'upstream calls per view', 'CPU ms per view', 'partial', 'non-2xx + errors'],
      [v, v.light].map((x) => [
        String(x.connections),
        String(round(x.result.rps, 0)),
        String(x.result.p50),
        String(x.result.p99),
        `${x.slowestSource.p50} / ${x.slowestSource.p99}`,
        `${round(x.overhead.p50, 1)} / ${round(x.overhead.p99, 1)}`,
        String(x.upstreamCallsPerView),
        Object.entries(x.result.cpu).map(([proc, c]) => `${proc} ${c.msPerRequest}`).join(', '),
        String(x.partialViews),
        String(x.result.non2xx + x.result.errors),
      ]),
    );
  }
  out += `\n\nWallet logins during the run: ${http.walletLogins.bffAndWorker} by the BFF and worker (+${http.walletLogins.harness} by the harness for the direct and bare-proxy baselines).`;
  return out;
}

export function targetsTable(http, jobs) {
  return table(['target', 'measured', 'goal', ''], targetLines(http, jobs));
}
