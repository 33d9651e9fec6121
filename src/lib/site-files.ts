// Node only: walks a built dist/ folder. Shared by the build integration, scripts and tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML file under dir, as site paths ("/errors/401/" for errors/401/index.html). */
export function htmlPages(dir: string): { path: string; file: string }[] {
  const out: { path: string; file: string }[] = [];
  const walk = (d: string) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, ent.name);
      if (ent.isDirectory()) {
        if (ent.name !== 'pagefind' && ent.name !== '_astro') walk(full);
      } else if (ent.name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
        out.push({ path, file: full });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export const isNoindex = (html: string): boolean => /<meta name="robots" content="noindex"/.test(html);

/** Pages that belong in the sitemap: everything but noindex pages and the 404 page. */
export function indexablePages(dir: string): string[] {
  return htmlPages(dir)
    .filter((p) => p.path !== '/404.html' && !isNoindex(readFileSync(p.file, 'utf8')))
    .map((p) => p.path);
}
