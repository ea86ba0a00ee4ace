// `node bench/layers.mjs` (after `npm run build`; issue 18): what each layer of the BFF's pass-through route costs,
// as ablations measured side by side in one run. Every variant is the same build with one layer taken out
// (bench/lib/ablations.mjs), next to the bare proxy and the minimal Nest + Fastify + undici peer (the framework floor),
// all under the same closed-loop load (32 connections). Each variant is measured in pairs with the build as it is,
// the two runs of a pair back to back (alternating which goes first), because on a shared machine the load moves more
// between minutes than between seconds. A layer's cost is (as built − without it) in BFF CPU per request: on each
// variant's least CPU per request over its runs (contention only adds), and as the median of the pairs' differences.
//   node bench/layers.mjs [--pairs=4] [--seconds=2] [--only=auth,capture]
import { parseArgs } from 'node:util';
import { ABLATIONS, OWN_LAYERS } from './lib/ablations.mjs';
import { measure } from './lib/load.mjs';
import { loadAverage, machine } from './lib/machine.mjs';
import { cpuMeter } from './lib/processes.mjs';
import { SimulatorControl } from './lib/simulator-control.mjs';
import { benchApps, benchSecrets, startBareProxy, startBff, startPeers, startRedis, startSimulator } from './lib/stack.mjs';
import { median, round } from './lib/stats.mjs';
import { requireSupportedNode } from '../scripts/lib/runtime.mjs';

requireSupportedNode();
const { values: args } = parseArgs({ options: { pairs: { type: 'string', default: '4' }, seconds: { type: 'string', default: '2' }, only: { type: 'string' } } });
const layers = args.only ? args.only.split(',') : [...OWN_LAYERS, 'no-upstream'];
const out = (line) => process.stdout.write(`${line}\n`);
const host = machine();
out(`Layers on ${host.cores} cores (${host.cpuModel}), Node ${host.node}; load average ${loadAverage().join(' / ')}`);

const secrets = benchSecrets();
const redis = await startRedis(() => undefined);
const started = [];
try {
  const sim = await startSimulator(secrets);
  started.push(sim.process);
  const [app] = benchApps(1);
  const token = await new SimulatorControl(sim.url).walletAccessToken(secrets);
  const appAuth = { authorization: `Bearer ${app.key}` };
  const variants = [];
  const bffVariant = async (name, ablate) => {
    const bff = await startBff(sim.url, secrets, redis, [app], { ablate, name: `bff-${name}` });
    started.push(bff.process);
    variants.push({ name, label: name === 'as built' ? 'as built' : ablate.length > 1 ? `without ${ablate.length} layers` : ABLATIONS[ablate[0]].label, url: `${bff.url}/v1/wallet/cards/5001`, headers: appAuth, process: bff.process });
  };
  await bffVariant('as built', []);
  for (const layer of layers) await bffVariant(layer, [layer]);
  if (!args.only) await bffVariant('all own layers', OWN_LAYERS);
  const proxy = await startBareProxy(sim.url);
  started.push(proxy.process);
  variants.push({ name: 'bare proxy', label: 'bare proxy (node:http + undici)', url: `${proxy.url}/rest/cards/5001`, headers: { authorization: `Bearer ${token}` }, process: proxy.process });
  const peers = await startPeers(sim.url, `Bearer ${token}`, app.key);
  started.push(peers.typical.process, peers.minimal.process);
  variants.push({ name: 'framework floor', label: 'minimal Nest + Fastify route awaiting one undici request (peer)', url: `${peers.minimal.url}/v1/wallet/cards/5001`, headers: {}, process: peers.minimal.process });
  for (const v of variants) {
    const probe = await fetch(v.url, { headers: v.headers });
    if (probe.status !== 200) throw new Error(`${v.name}: ${probe.status} ${await probe.text()}`);
    await measure({ url: v.url, headers: v.headers, connections: 32, seconds: 1, warmupSeconds: 0 });
    Object.assign(v, { cpu: [], rps: [], diffs: [] });
  }

  /**
   * One measured slice of `v`: CPU ms per request of its own process, after a second of the same load unmeasured (a
   * process left idle while the others are measured has had its unused code flushed by V8 and recompiles it first).
   */
  const slice = async (v) => {
    await measure({ url: v.url, headers: v.headers, connections: 32, seconds: 1, warmupSeconds: 0 });
    const meter = cpuMeter(v.process);
    const result = await measure({ url: v.url, headers: v.headers, connections: 32, seconds: Number(args.seconds), warmupSeconds: 0 });
    const cpu = meter();
    if (result.non2xx + result.errors > 0) out(`  ${v.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    v.cpu.push((1000 * cpu.seconds) / result.requests);
    v.rps.push(result.rps);
    return (1000 * cpu.seconds) / result.requests;
  };
  const [asBuilt, ...others] = variants;
  const pairs = Number(args.pairs);
  for (let p = 0; p < pairs; p++) {
    for (const v of others) {
      const [first, second] = p % 2 === 0 ? [asBuilt, v] : [v, asBuilt];
      const a = await slice(first);
      const b = await slice(second);
      v.diffs.push(first === asBuilt ? a - b : b - a);
      (v.pairedAsBuilt ??= []).push(first === asBuilt ? a : b);
    }
    out(`  pass ${p + 1} of ${pairs} done (load ${loadAverage()[0]})`);
  }

  // Contention from other work on the machine only ever adds CPU per request, so each variant's least CPU per request
  // over its runs is the steadiest estimate of its own cost; the pairs' differences are shown beside it.
  const least = (v) => Math.min(...v.cpu);
  const proxyCpu = least(variants.find((v) => v.name === 'bare proxy'));
  out(`\n| variant | CPU ms per request, least of its ${pairs} runs | as built − variant, least of the as-built runs paired with it − its least | as built − variant, median of ${pairs} pairs | × bare proxy CPU (least) | req/s (median) |`);
  out('|---|---|---|---|---|---|');
  for (const v of variants) {
    const own = v !== asBuilt && v.name !== 'bare proxy' && v.name !== 'framework floor';
    const pairsText = own ? `${round(median(v.diffs) * 1000, 0)} µs (${v.diffs.map((d) => round(d * 1000, 0)).join(', ')})` : '—';
    out(`| ${v.label} | ${round(least(v), 3)} | ${own ? `${round((Math.min(...v.pairedAsBuilt) - least(v)) * 1000, 0)} µs` : '—'} | ${pairsText} | ${round(least(v) / proxyCpu, 2)}× | ${round(median(v.rps), 0)} |`);
  }
  out(`\nLoad average at the end: ${loadAverage().join(' / ')}`);
} finally {
  await Promise.all(started.map((p) => p.stop()));
  await redis.stop();
}
