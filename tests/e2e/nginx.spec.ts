// Serves dist/ with a real nginx from its own config on a high loopback port, using the
// generated nginx-redirects.conf, and checks real HTTP answers.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p))
  ?? (spawnSync('sh', ['-c', 'command -v nginx']).stdout.toString().trim() || undefined);
const MIME = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find((p) => existsSync(p));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const PORT = 18000 + (process.pid % 1000);
const origin = `http://127.0.0.1:${PORT}`;

if (process.env['CI'] && !NGINX) {
  test('nginx is installed (required under CI)', () => {
    throw new Error('nginx is not installed: .ci/run installs Debian\'s nginx-light; install it with apt-get install nginx-light');
  });
}

test.describe('served by nginx with the generated config', () => {
  test.skip(!NGINX || !MIME, 'nginx is not installed here (apt-get install nginx-light); skipped outside CI');
  let proc: ChildProcess | undefined;
  let prefix = '';

  test.beforeAll(async () => {
    prefix = mkdtempSync(join(tmpdir(), 'kb-nginx-'));
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(conf, `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include ${MIME};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${PORT};
    root ${dist};
    include ${dist}nginx-redirects.conf;
    location / { try_files $uri $uri/ =404; }
  }
}
`);
    proc = spawn(NGINX!, ['-p', prefix, '-c', conf], { stdio: 'inherit' });
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(`${origin}/`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`nginx did not start on ${origin}`);
  });

  test.afterAll(() => {
    proc?.kill('SIGTERM');
    if (prefix) rmSync(prefix, { recursive: true, force: true });
  });

  const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

  test('short codes, retired slugs and retired cause ids redirect permanently', async () => {
    for (const [from, to] of [
      ['/401', '/errors/401/'],
      ['/403/', '/errors/403/'],
      ['/errors/unauthorized/', '/errors/401/'],
      ['/errors/forbidden', '/errors/403/'],
      ['/errors/api-key-rejected/key-mistyped/', '/errors/api-key-rejected/#key-mangled'],
      ['/errors/api-key-rejected/key-expired/', '/errors/api-key-rejected/#key-expired'],
    ]) {
      const res = await get(from!);
      expect(res.status, from).toBe(301);
      expect(new URL(res.headers.get('location')!, origin).pathname + new URL(res.headers.get('location')!, origin).hash, from).toBe(to);
    }
  });

  test('pages and the catalogue answer with the right content types', async () => {
    for (const [path, type] of [
      ['/', 'text/html'],
      ['/errors/401/', 'text/html'],
      ['/api/catalog.json', 'application/json'],
      ['/api/errors/401.json', 'application/json'],
      ['/sitemap.xml', 'xml'],
      ['/pagefind/pagefind.js', 'javascript'],
    ]) {
      const res = await get(path!);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toContain(type);
    }
  });

  test('unknown paths get the 404 page with status 404', async () => {
    const res = await get('/errors/no-such-entry/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
  });
});
