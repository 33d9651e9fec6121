// Checks over the built site in dist/: links and anchors, and an entry page's first-view budget.
// Usage: npm run check:dist (after npm run build). Exits non-zero with every failure listed.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkLinks, resolveFile } from '../src/lib/link-check.ts';
import { diffLock, lockMessage, parseLock } from '../src/lib/url-lock.ts';
import { htmlPages } from '../src/lib/site-files.ts';
import { site } from '../src/site.config.ts';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(join(dist, 'index.html'))) {
  console.error('✗ dist/ has no index.html: run `npm run build` first');
  process.exit(1);
}
const failures: string[] = [];

const links = checkLinks(dist, site.base);
for (const b of links.broken) failures.push(`broken link on ${b.page}: ${b.href} (${b.reason})`);
console.log(`links: ${links.links} internal links on ${links.pages} pages, ${links.broken.length} broken`);

// An entry page requests no script file before interaction, and its inline script stays small.
for (const page of htmlPages(dist).filter((p) => /^\/errors\/[^/]+\/$/.test(p.path))) {
  const html = readFileSync(page.file, 'utf8');
  if (/<script[^>]+\bsrc=/.test(html)) failures.push(`${page.path} loads a script file on first view`);
  if (/<link[^>]+rel="stylesheet"/.test(html)) failures.push(`${page.path} loads a stylesheet file (styles are inlined to save a round trip)`);
  const inline = [...html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  if (inline > 2048) failures.push(`${page.path} carries ${inline} bytes of inline script (budget 2048)`);
}

// Published URLs never break: every locked URL still resolves, and new ones get recorded.
const published = parseLock(readFileSync(join(dist, 'published-urls.txt'), 'utf8'));
const lockPath = fileURLToPath(new URL('../published-urls.lock', import.meta.url));
const diff = diffLock(existsSync(lockPath) ? parseLock(readFileSync(lockPath, 'utf8')) : [], published);
if (diff.removed.length || diff.added.length) failures.push(lockMessage(diff));
console.log(`url lock: ${published.length} published, ${diff.removed.length} missing, ${diff.added.length} not yet locked`);

// Every URL in the machine-readable catalogue resolves to a built file.
const catalog = JSON.parse(readFileSync(join(dist, 'api', 'catalog.json'), 'utf8')) as { entries: { url: string; json: string; causes: { url: string }[] }[] };
const catalogUrls = catalog.entries.flatMap((e) => [e.url, e.json, ...e.causes.map((c) => c.url)]);
for (const u of catalogUrls) {
  const path = new URL(u).pathname.slice(site.base.length) || '/';
  if (!resolveFile(dist, path)) failures.push(`catalogue URL does not resolve: ${u}`);
}
console.log(`catalogue: ${catalogUrls.length} URLs checked`);

// Valid HTML: every page passes html-validate (config: .htmlvalidate.json).
const validator = new HtmlValidate(new FileSystemConfigLoader());
let invalid = 0;
const pages = htmlPages(dist);
for (const page of pages) {
  const report = await validator.validateFile(page.file);
  for (const r of report.results) {
    for (const m of r.messages) {
      invalid++;
      failures.push(`invalid HTML ${page.path}:${m.line}:${m.column} ${m.message} (${m.ruleId})`);
    }
  }
}
console.log(`html-validate: ${pages.length} pages, ${invalid} errors`);

if (failures.length) {
  console.error(`✗ dist checks: ${failures.length} failure(s)\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('✓ dist checks passed');
