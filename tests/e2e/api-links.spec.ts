// An API that links its errors here: a tiny Node server uses the helper, and the URLs in its
// 401 response must exist in the built site.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { createProblemLinks, UnknownProblemError, type LinkCatalog } from '../../src/lib/problem-links.ts';
import { catalogSchema } from '../../src/schemas/catalog.ts';

const catalog = JSON.parse(readFileSync(new URL('../../dist/api/catalog.json', import.meta.url), 'utf8')) as LinkCatalog & { version: number };

test('the published catalogue matches its schema and lists every entry and cause', () => {
  const parsed = catalogSchema.parse(catalog);
  expect(parsed.entries.length).toBeGreaterThanOrEqual(60);
  expect(parsed.entries.flatMap((e) => e.causes).length).toBeGreaterThanOrEqual(150);
  expect(parsed.entries.find((e) => e.slug === 'api-key-rejected')?.causes.some((c) => c.messages.length > 0)).toBe(true);
});

test('the helper refuses unknown statuses and causes when it is created', () => {
  expect(() => createProblemLinks(catalog, { causes: ['api-key-rejected/no-such-cause'] })).toThrow(UnknownProblemError);
  expect(() => createProblemLinks(catalog, { statuses: [499, 4011] })).toThrow('No status entry for 4011');
});

test('a 401 from an API using the helper links to pages that exist', async ({ request }) => {
  expect(catalog.version).toBe(1);
  const links = createProblemLinks(catalog, { statuses: [401], causes: ['api-key-rejected/key-missing'] });
  const server: Server = createServer((req, res) => {
    if (!req.headers['x-api-key']) {
      res.writeHead(401, {
        'Content-Type': 'application/problem+json',
        'WWW-Authenticate': 'ApiKey realm="example"',
        Link: links.linkHeader(401),
      });
      res.end(JSON.stringify(links.problem(401, 'api-key-rejected/key-missing', 'Send your key in x-api-key.')));
      return;
    }
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/v1/me`);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { type: string; status: number; doc_url: string };
    const link = /^<([^>]+)>; rel="help"$/.exec(res.headers.get('link') ?? '')?.[1];
    expect(body.status).toBe(401);
    expect(body.type).toMatch(/\/errors\/api-key-rejected\/key-missing\/$/);
    expect(link).toMatch(/\/errors\/401\/$/);
    for (const u of [body.type, body.doc_url, link!]) {
      const page = await request.get(new URL(u).pathname);
      expect(page.status(), u).toBe(200);
    }
    // The cause URL sends the reader to the cause's section.
    const causePage = await request.get(new URL(body.type).pathname);
    expect(await causePage.text()).toContain('/errors/api-key-rejected/#key-missing');
  } finally {
    server.close();
  }
});
