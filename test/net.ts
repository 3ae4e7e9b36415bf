// A loopback port nobody listens on (a server opened, read and closed): for an emulator-less
// "connection refused", or a service the test starts itself.
import { type IncomingHttpHeaders, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/**
 * One plain HTTP request on its own connection, for what fetch will not do (a foreign Host header,
 * repeated header lines: array values are sent as one line each).
 */
export function rawRequest(
  url: string,
  o: { method?: string; headers?: Record<string, string | string[]>; body?: string; signal?: AbortSignal } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: o.method ?? 'GET', headers: o.headers, agent: false, signal: o.signal }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(o.body);
  });
}
