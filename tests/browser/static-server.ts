/**
 * Serves a built site on loopback the way a plain static host would,
 * optionally under a base path (as an intranet subfolder does). Requests
 * outside the base path get a 404, so a stray root-relative link fails.
 * `headers` are sent with every response, as a server configured from
 * docs/security-headers/ would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(dir: string, basePath = '/', headers: Readonly<Record<string, string>> = {}): Promise<RunningServer> {
  const files = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const notFound = (res: import('node:http').ServerResponse) => {
    res.statusCode = 404;
    res.end('Not found');
  };
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = req.url ?? '/';
    if (!url.startsWith(basePath)) return notFound(res);
    req.url = `/${url.slice(basePath.length)}`;
    files(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
