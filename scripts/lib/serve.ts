/**
 * A small static file server for a built site, the way GitHub Pages serves it: under a base path,
 * `index.html` for a directory, a redirect to the slashed URL for a directory asked without its slash,
 * and the site's own `404.html` with status 404 for everything else.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/** A running server; `url` is the site's root, base path included, e.g. `http://127.0.0.1:40123/paper-digest/`. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Content types by file extension; anything else is served as bytes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** How to serve. */
export interface ServeOptions {
  /** Gzip text to clients that accept it, as GitHub Pages does (Lighthouse); tests get the plain bytes. */
  gzip?: boolean;
}

/** Serves `dist` under `base` (`/` or `/name/`) on 127.0.0.1 at a free port. */
export async function serveDist(dist: string, base: string, options: ServeOptions = {}): Promise<Served> {
  const gzip = options.gzip ?? false;
  const server = createServer((request, response) => {
    respond(dist, base, request, response, gzip).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function respond(
  dist: string,
  base: string,
  request: IncomingMessage,
  response: ServerResponse,
  gzip: boolean,
) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const relative = url.pathname.startsWith(base) ? safeRelative(url.pathname.slice(base.length)) : null;
  const file = relative === null ? null : join(dist, relative);
  const info = file === null ? null : await stat(file).catch(() => null);
  if (file !== null && info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    const index = join(file, 'index.html');
    if (await isFile(index)) return sendFile(request, response, index, 200, gzip);
  } else if (file !== null && info?.isFile()) {
    return sendFile(request, response, file, 200, gzip);
  }
  const notFound = join(dist, '404.html');
  if (await isFile(notFound)) return sendFile(request, response, notFound, 404, gzip);
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('not found');
}

/** The decoded path below the base, or null when it is malformed or climbs out of the site. */
function safeRelative(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const normalized = normalize(`/${decoded}`).slice(1);
  return normalized.split(sep).includes('..') ? null : normalized;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

async function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  file: string,
  status: number,
  gzip: boolean,
) {
  const { size } = await stat(file);
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const compress =
    gzip &&
    /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
    /\bgzip\b/.test(String(request.headers['accept-encoding']));
  response.writeHead(status, {
    'content-type': type,
    ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : { 'content-length': size }),
    'cache-control': 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const bytes = createReadStream(file).on('error', reject);
    (compress ? bytes.pipe(createGzip()) : bytes).pipe(response).on('finish', resolve).on('error', reject);
  });
}
