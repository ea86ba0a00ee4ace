// `node bench/upstream-client.mjs` (after `npm run build`): what one upstream call costs in client CPU, layer by
// layer, against the simulator: undici alone, axios (with the BFF's undici adapter) and the BFF's UpstreamHttp
// (timeouts, breaker and retry policies, envelope parsing), 32 calls in flight, rounds alternating.
//   --rounds=4 --seconds=3
import 'reflect-metadata';
import { HttpService } from '@nestjs/axios';
import { parseArgs } from 'node:util';
import { request } from 'undici';
import { createUpstreamDispatcher, MigoUpstreamEnv, NOOP_UPSTREAM_OBSERVER, upstreamAxios, UpstreamHttp, upstreamSettings } from '../dist/libs/migo-http/src/index.js';
import { SimulatorControl } from './lib/simulator-control.mjs';
import { benchSecrets, startSimulator } from './lib/stack.mjs';
import { median, round } from './lib/stats.mjs';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '4' }, seconds: { type: 'string', default: '3' } } });
const IN_FLIGHT = 32;

const secrets = benchSecrets();
const sim = await startSimulator(secrets);
try {
  const token = await new SimulatorControl(sim.url).walletAccessToken(secrets);
  const dispatcher = createUpstreamDispatcher(128);
  const env = Object.assign(new MigoUpstreamEnv(), { MIGO_WALLET_BASE_URL: `${sim.url}/rest`, MIGO_CMS_BASE_URL: `${sim.url}/cms/rest`, MIGO_MIDDLEWARE_BASE_URL: `${sim.url}/mw` });
  const http = new HttpService(upstreamAxios(dispatcher));
  const upstream = new UpstreamHttp(http, upstreamSettings(env), NOOP_UPSTREAM_OBSERVER, undefined);
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const layers = {
    'undici': async () => JSON.parse(await (await request(`${sim.url}/rest/cards/5001`, { dispatcher, headers })).body.text()),
    'axios + undici adapter': async () => JSON.parse((await http.axiosRef.request({ baseURL: `${sim.url}/rest`, url: '/cards/5001', method: 'GET', headers, responseType: 'arraybuffer', validateStatus: null })).data),
    'UpstreamHttp': () => upstream.request({ upstream: 'wallet', method: 'GET', route: '/cards/:cardId', params: { cardId: 5001 }, auth: { headers: async () => ({ authorization: headers.authorization }), onUnauthorized: async () => false } }),
  };
  const load = async (call, ms) => {
    let calls = 0;
    const end = performance.now() + ms;
    await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (performance.now() < end) {
        await call();
        calls++;
      }
    }));
    return calls;
  };
  const cpuPerCall = {};
  for (let r = 0; r < Number(args.rounds); r++) {
    for (const [name, call] of Object.entries(layers)) {
      await load(call, 500);
      const before = process.cpuUsage();
      const calls = await load(call, Number(args.seconds) * 1000);
      const used = process.cpuUsage(before);
      (cpuPerCall[name] ??= []).push((used.user + used.system) / 1000 / calls);
    }
  }
  for (const [name, list] of Object.entries(cpuPerCall)) {
    process.stdout.write(`${name.padEnd(24)} ${round(median(list), 3)} ms of client CPU per call (rounds: ${list.map((v) => round(v, 3)).join(', ')})\n`);
  }
  await dispatcher.close();
} finally {
  await sim.process.stop();
}
