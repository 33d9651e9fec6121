// Node only: walks a built dist/ folder. Shared by the build integration, scripts and tests.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under dir as a site path ("/errors/401/" for errors/401/index.html). */
export function sitePaths(dir: string, skip: (name: string) => boolean = () => false): { path: string; file: string }[] {
  const out: { path: string; file: string }[] = [];
  const walk = (d: string) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, ent.name);
      if (ent.isDirectory()) {
        if (!skip(ent.name)) walk(full);
      } else {
        const rel = relative(dir, full).split(sep).join('/');
        const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
        out.push({ path, file: full });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Every HTML page under dir. */
export function htmlPages(dir: string): { path: string; file: string }[] {
  return sitePaths(dir, (n) => n === 'pagefind' || n === '_astro').filter((p) => p.file.endsWith('.html'));
}

export const isNoindex = (html: string): boolean => /<meta name="robots" content="noindex"/.test(html);

/** The public URLs a build publishes: pages (including redirect pages) and the JSON API. */
export function publishedUrls(dir: string): string[] {
  return sitePaths(dir, (n) => n === 'pagefind' || n === '_astro')
    .map((p) => p.path)
    .filter((p) => p.endsWith('/') || p.startsWith('/api/'))
    .sort();
}
