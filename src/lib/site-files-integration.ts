// Node only: writes the files that depend on the whole built site: sitemap.xml and robots.txt.
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexablePages } from './site-files.ts';
import { absoluteUrl } from '../site.config.ts';

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function siteFiles(): AstroIntegration {
  return {
    name: 'kb:site-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = indexablePages(out);
        const body = pages.map((p) => `  <url><loc>${xmlEscape(absoluteUrl(p))}</loc></url>`).join('\n');
        writeFileSync(join(out, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`);
        writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`);
        logger.info(`sitemap: ${pages.length} URLs`);
      },
    },
  };
}
