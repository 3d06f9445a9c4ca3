// A small static file server for the built site, as a static host would serve it: directory
// URLs map to index.html, unknown paths get 404.html with status 404, and the site may live
// under a sub-path.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A running server and how to stop it. */
export interface StaticServer {
  /** Origin plus base path, ending in a slash, e.g. `http://127.0.0.1:40123/parallax/`. */
  url: string;
  close: () => Promise<void>;
}

function resolveFile(root: string, path: string): string | undefined {
  const candidate = normalize(join(root, decodeURIComponent(path)));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Serves `root` on a free loopback port under `base`. */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = pathname.startsWith(base) ? resolveFile(root, pathname.slice(base.length)) : undefined;
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
