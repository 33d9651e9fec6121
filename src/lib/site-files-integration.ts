// Node only: writes the files that depend on the whole built site: sitemap.xml, robots.txt,
// redirect files for static hosts (_redirects, nginx), security headers, and the list of
// published URLs that tests compare with the committed lock.
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPages, isNoindex, publishedUrls } from './site-files.ts';
import { cspOf, headersFile, withPolicy } from './security-headers.ts';
import { loadContentCached } from './content-files.ts';
import { redirectTable, netlifyRedirects, nginxRedirects, redirectPage } from './redirects.ts';
import { absoluteUrl, site } from '../site.config.ts';

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function siteFiles(): AstroIntegration {
  let root = '';
  return {
    name: 'kb:site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { entries } = loadContentCached(root);
        const table = redirectTable(entries.map((e) => ({ slug: e.slug, data: e.data })));
        for (const r of table) {
          const folder = join(out, r.from);
          mkdirSync(folder, { recursive: true });
          writeFileSync(join(folder, 'index.html'), redirectPage(r, site.base, site.origin));
        }
        // One pass over the pages Astro wrote: add each page's CSP, note the policy for _headers and
        // whether the page belongs in the sitemap. The redirect pages above are known: skip them.
        const redirects = new Set(table.map((r) => r.from));
        const csp = new Map<string, string>();
        const pages: string[] = [];
        for (const p of htmlPages(out)) {
          if (redirects.has(p.path)) continue;
          const before = readFileSync(p.file, 'utf8');
          const html = withPolicy(before);
          if (html !== before) writeFileSync(p.file, html);
          const policy = cspOf(html);
          if (policy) csp.set(p.path, policy);
          if (p.path !== '/404.html' && !isNoindex(html)) pages.push(p.path);
        }
        const body = pages.map((p) => `  <url><loc>${xmlEscape(absoluteUrl(p))}</loc></url>`).join('\n');
        writeFileSync(join(out, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`);
        writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`);
        writeFileSync(join(out, '_redirects'), netlifyRedirects(table, site.base));
        writeFileSync(join(out, 'nginx-redirects.conf'), nginxRedirects(table, site.base));
        writeFileSync(join(out, '_headers'), headersFile(site.base, csp));
        const urls = publishedUrls(out);
        writeFileSync(join(out, 'published-urls.txt'), `${urls.join('\n')}\n`);
        logger.info(`sitemap: ${pages.length} URLs; redirects: ${table.length}; published: ${urls.length}`);
      },
    },
  };
}
