import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';

/** A TCP port nothing listens on right now (for processes that must be told their port up front). */
export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A request on a new connection (no pooled keep-alive socket), to see whether the server still accepts any. */
export function freshConnection(url: string): Promise<string> {
  return new Promise((resolve) => {
    http
      .get(url, { agent: false }, (response) => {
        response.resume();
        resolve(`answered ${response.statusCode}`);
      })
      .on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}
