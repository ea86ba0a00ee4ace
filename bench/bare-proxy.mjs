// The floor a BFF hop is compared with: a bare pass-through proxy (node:http in, undici out, keep-alive both ways),
// no auth, validation, logging or envelope parsing. `TARGET_URL=http://127.0.0.1:4010 PORT=0 node bench/bare-proxy.mjs`
import http from 'node:http';
import { Pool } from 'undici';

const target = new URL(process.env.TARGET_URL ?? 'http://127.0.0.1:4010');
const upstream = new Pool(target.origin, { connections: 128, pipelining: 1 });
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host', 'upgrade', 'proxy-connection', 'te', 'trailer']);

function forwardable(headers) {
  const out = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
  return out;
}

const server = http.createServer(async (req, res) => {
  try {
    const answer = await upstream.request({ method: req.method, path: req.url, headers: forwardable(req.headers), body: req.method === 'GET' || req.method === 'HEAD' ? undefined : req });
    res.writeHead(answer.statusCode, forwardable(answer.headers));
    for await (const chunk of answer.body) res.write(chunk);
    res.end();
  } catch (error) {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`bad gateway: ${error.code ?? error.message}`);
  }
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => process.stdout.write(`bare proxy listening on http://127.0.0.1:${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => upstream.close().then(() => process.exit(0))));
