// Node only: checks a built site folder. Every internal link and anchor must resolve to a file
// and an element id in it. Framework-free so the build script and tests share it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from './site-files.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const ATTR = /\s(?:href|src|action)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function unescapeAttr(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Maps a site path to the file that serves it, as a static host would. */
export function resolveFile(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html'), join(dist, `${clean}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => unescapeAttr(m[1]!)));
}

/** base: the site's base path ("" or "/docs"). */
export function checkLinks(dist: string, base = ''): { pages: number; links: number; broken: BrokenLink[] } {
  const pages = htmlPages(dist);
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let s = idCache.get(file);
    if (!s) idCache.set(file, (s = idsIn(readFileSync(file, 'utf8'))));
    return s;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    // Inside JSON-LD, inline scripts and code blocks, URLs are data, not links.
    const markup = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<pre[\s\S]*?<\/pre>/g, '');
    for (const m of markup.matchAll(ATTR)) {
      const raw = unescapeAttr(m[1]!);
      if (/^(https?:|mailto:|data:|javascript:|#$)/.test(raw) || raw === '') continue;
      links++;
      let target: string;
      if (raw.startsWith('#')) target = page.path + raw;
      else if (raw.startsWith('/')) target = raw;
      else target = new URL(raw, `http://x${page.path}`).pathname + (raw.includes('#') ? `#${raw.split('#')[1]}` : '');
      if (base && target.startsWith(base)) target = target.slice(base.length) || '/';
      const [path, hash] = [target.split('#')[0]!, target.split('#')[1]];
      const file = path === page.path ? page.file : resolveFile(dist, path);
      if (!file) {
        broken.push({ page: page.path, href: raw, reason: 'no file at this path' });
        continue;
      }
      if (hash && file.endsWith('.html') && !ids(file).has(decodeURIComponent(hash))) {
        broken.push({ page: page.path, href: raw, reason: `no element with id "${hash}"` });
      }
    }
  }
  return { pages: pages.length, links, broken };
}
