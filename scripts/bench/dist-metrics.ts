// Node only (bench): byte counts over a built dist/ (static analysis of the files).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip at zlib's default level 6, what most hosts and CDNs use for on-the-fly compression. */
export const gz = (b: Buffer | string): number => gzipSync(b).length;
export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const fileForPath = (dist: string, p: string): string => join(dist, p.endsWith('/') ? `${p}index.html` : p);

export interface Asset {
  url: string;
  kind: 'html' | 'css' | 'js';
  raw: number;
  gzip: number;
}

/** Script files a module pulls in statically (`import … from "./x.js"`, `import "./x.js"`), recursively. */
function moduleGraph(dist: string, url: string, seen = new Set<string>()): string[] {
  if (seen.has(url)) return [];
  seen.add(url);
  const file = fileForPath(dist, url);
  if (!existsSync(file)) return [url];
  const code = readFileSync(file, 'utf8');
  const out = [url];
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1]!;
    const next = spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec);
    out.push(...moduleGraph(dist, next, seen));
  }
  return out;
}

export interface FirstView {
  page: string;
  assets: Asset[];
  rawTotal: number;
  gzipTotal: number;
  /** Script files referenced by the HTML (src, modulepreload), with their static imports. */
  scriptFiles: string[];
  stylesheetFiles: string[];
  /** Bytes of inline executable script (JSON data blocks excluded). */
  inlineScript: number;
  /** Bytes of inline <style>. */
  inlineStyle: number;
}

/** The HTML of a page plus every CSS and JS file it references for first view. */
export function firstView(dist: string, page: string): FirstView {
  const html = readFileSync(fileForPath(dist, page));
  const text = html.toString('utf8');
  const assets: Asset[] = [{ url: page, kind: 'html', raw: html.length, gzip: gz(html) }];
  const stylesheetFiles = [...text.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter((h): h is string => !!h);
  const direct = [
    ...[...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...text.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]).filter((h): h is string => !!h),
  ];
  const seen = new Set<string>();
  const scriptFiles = direct.flatMap((u) => moduleGraph(dist, u, seen));
  for (const url of stylesheetFiles) {
    const f = fileForPath(dist, url);
    if (existsSync(f)) {
      const b = readFileSync(f);
      assets.push({ url, kind: 'css', raw: b.length, gzip: gz(b) });
    }
  }
  for (const url of scriptFiles) {
    const f = fileForPath(dist, url);
    if (existsSync(f)) {
      const b = readFileSync(f);
      assets.push({ url, kind: 'js', raw: b.length, gzip: gz(b) });
    }
  }
  const inlineScript = [...text.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  const inlineStyle = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  return {
    page,
    assets,
    rawTotal: assets.reduce((n, a) => n + a.raw, 0),
    gzipTotal: assets.reduce((n, a) => n + a.gzip, 0),
    scriptFiles,
    stylesheetFiles,
    inlineScript,
    inlineStyle,
  };
}

export interface EntrySizes {
  count: number;
  medianRaw: number;
  medianGzip: number;
  maxRaw: number;
  maxGzip: number;
  maxPage: string;
  /** The problem entry page whose HTML size is the median of problem entries (a typical page). */
  typicalProblem: string;
}

/** HTML size of every entry page (/errors/<slug>/), raw and gzip. */
export function entrySizes(dist: string, slugs: readonly string[], problemSlugs: ReadonlySet<string>): EntrySizes {
  const rows = slugs.map((slug) => {
    const b = readFileSync(join(dist, 'errors', slug, 'index.html'));
    return { slug, raw: b.length, gzip: gz(b) };
  });
  const max = rows.reduce((a, b) => (b.raw > a.raw ? b : a));
  const problems = rows.filter((r) => problemSlugs.has(r.slug)).sort((a, b) => a.raw - b.raw);
  return {
    count: rows.length,
    medianRaw: median(rows.map((r) => r.raw)),
    medianGzip: median(rows.map((r) => r.gzip)),
    maxRaw: max.raw,
    maxGzip: max.gzip,
    maxPage: `/errors/${max.slug}/`,
    typicalProblem: `/errors/${(problems[problems.length >> 1] ?? rows[0]!).slug}/`,
  };
}

const UI_FILE = /^(pagefind-ui|pagefind-modular-ui|pagefind-component-ui)[^/]*$|^pagefind-highlight\.js$/;

function walk(dir: string, out: { rel: string; size: number }[] = [], base = dir): { rel: string; size: number }[] {
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, ent.name);
    if (ent.isDirectory()) walk(full, out, base);
    else out.push({ rel: full.slice(base.length + 1), size: statSync(full).size });
  }
  return out;
}

export interface SearchIndexSize {
  /** dist/pagefind without the UI files (pagefind-ui*, pagefind-modular-ui*, pagefind-component-ui*, pagefind-highlight.js). */
  indexBytes: number;
  indexFiles: number;
  uiBytes: number;
  pages: number | undefined;
}

export function searchIndexSize(dist: string): SearchIndexSize {
  const files = walk(join(dist, 'pagefind'));
  const ui = files.filter((f) => UI_FILE.test(f.rel));
  const index = files.filter((f) => !UI_FILE.test(f.rel));
  let pages: number | undefined;
  try {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
    pages = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
  } catch {
    // older layout: leave unknown
  }
  return { indexBytes: index.reduce((n, f) => n + f.size, 0), indexFiles: index.length, uiBytes: ui.reduce((n, f) => n + f.size, 0), pages };
}

export interface WizardSize {
  /** gzip of the page's JSON data block. */
  dataGzip: number;
  dataRaw: number;
  /** gzip of each script file the page loads (with its static imports), summed. */
  scriptGzip: number;
  scriptRaw: number;
  scripts: string[];
  /** Whole /diagnose/ HTML (which carries the data block), gzip, for context. */
  htmlGzip: number;
  htmlRaw: number;
}

export function wizardSize(dist: string): WizardSize {
  const fv = firstView(dist, '/diagnose/');
  const html = readFileSync(fileForPath(dist, '/diagnose/'), 'utf8');
  const data = /<script type="application\/json" data-wizard-data>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const js = fv.assets.filter((a) => a.kind === 'js');
  return {
    dataGzip: gz(data),
    dataRaw: Buffer.byteLength(data),
    scriptGzip: js.reduce((n, a) => n + a.gzip, 0),
    scriptRaw: js.reduce((n, a) => n + a.raw, 0),
    scripts: js.map((a) => a.url),
    htmlGzip: fv.assets[0]!.gzip,
    htmlRaw: fv.assets[0]!.raw,
  };
}

/** Size of a directory tree (bytes) and its number of files. */
export function treeSize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  const files = walk(dir);
  return { bytes: files.reduce((n, f) => n + f.size, 0), files: files.length };
}

