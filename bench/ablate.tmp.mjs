// Scratch: measures BFF variants side by side (env or a patched build root), alternating, CPU ms per request.
import { measure } from './lib/load.mjs';
import { cpuMeter } from './lib/processes.mjs';
import { benchApps, benchSecrets, startBff, startRedis, startSimulator } from './lib/stack.mjs';
import { median, round } from './lib/stats.mjs';

const variants = JSON.parse(process.argv[2]);
const rounds = Number(process.argv[3] ?? 3);
const secrets = benchSecrets();
const redis = await startRedis(() => {});
const sim = await startSimulator(secrets);
const apps = benchApps(1);
const started = [sim.process];
const bffs = [];
for (const v of variants) {
  const bff = await startBff(sim.url, secrets, redis, apps, { env: v.env ?? {}, root: v.root, name: v.name });
  started.push(bff.process);
  bffs.push({ ...v, bff, cpu: [], rps: [] });
}
const path = process.env.ABL_PATH ?? '/v1/wallet/cards/5001';
try {
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < bffs.length; i++) {
      const b = bffs[(i + r) % bffs.length];
      const url = `${b.bff.url}${path}`;
      await measure({ url, headers: { authorization: `Bearer ${apps[0].key}` }, connections: 32, seconds: 2, warmupSeconds: 0 });
      const meter = cpuMeter(b.bff.process);
      const res = await measure({ url, headers: { authorization: `Bearer ${apps[0].key}` }, connections: 32, seconds: 6, warmupSeconds: 0 });
      const cpuMs = meter().seconds * 1000;
      if (res.non2xx + res.errors > 0) console.log('  failures', b.name, res.non2xx, res.errors);
      b.rps.push(res.rps);
      b.cpu.push(cpuMs / res.requests);
    }
  }
  for (const b of bffs) console.log(b.name.padEnd(16), 'req/s', round(median(b.rps), 0), ' cpu ms/req', round(median(b.cpu), 3), b.cpu.map((c) => round(c, 3)).join(' '));
} finally {
  await Promise.all(started.map((p) => p.stop()));
  await redis.stop();
}
