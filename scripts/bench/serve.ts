// Node only (bench): a tiny static server for a built dist/ on 127.0.0.1, close to a real host:
// directory URLs serve index.html, text is gzipped on request, dist/_headers is applied, the
// 404 page answers unknown paths. (`astro preview` refuses a second server for one project.)
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.conf': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt']);

type HeaderRules = { exact: Map<string, { set: [string, string][]; detach: string[] }>; all: [string, string][] };

/** Netlify/Cloudflare `_headers`: "/*" for every path plus exact paths (with "! Name" to detach). */
export function parseHeaders(text: string): HeaderRules {
  const rules: HeaderRules = { exact: new Map(), all: [] };
  let current: { set: [string, string][]; detach: string[] } | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const path = line.trim();
      if (path === '/*') {
        current = { set: rules.all, detach: [] };
      } else {
        current = { set: [], detach: [] };
        rules.exact.set(path, current);
      }
      continue;
    }
    const t = line.trim();
    if (!current) continue;
    if (t.startsWith('!')) current.detach.push(t.slice(1).trim().toLowerCase());
    else {
      const i = t.indexOf(':');
      if (i > 0) current.set.push([t.slice(0, i).trim(), t.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDist(dist: string): Promise<StaticServer> {
  const headersFile = join(dist, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : { exact: new Map(), all: [] };
  const gzCache = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    let status = 200;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      status = 404;
      file = join(dist, '404.html');
      path = '/404.html';
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    const rule = rules.exact.get(path);
    for (const [k, v] of rules.all) if (!rule?.detach.includes(k.toLowerCase())) headers[k.toLowerCase()] = v;
    for (const [k, v] of rule?.set ?? []) headers[k.toLowerCase()] = v;
    // Hashed assets are immutable; everything else revalidates.
    headers['cache-control'] = /^\/(_astro|pagefind)\//.test(path) && !/pagefind(-[a-z]+)*-ui|pagefind\.js|pagefind-entry/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let gz = gzCache.get(file);
      if (!gz) {
        gz = gzipSync(body);
        gzCache.set(file, gz);
      }
      body = gz;
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'Accept-Encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
