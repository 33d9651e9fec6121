// Node only (bench): search latency and bytes in headless Chromium (Playwright), against a
// served dist/. Times are taken inside the page (performance.now()): from keydown events to the
// animation frame in which the first `.pf-result` of the dialog is visible.
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';
import { median } from './dist-metrics.ts';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

interface Seen {
  url: string;
  /** Epoch ms when the request started. */
  start: number;
  /** Response body bytes as transferred (gzip when gzipped) plus response headers. */
  bytes: number;
  type: string;
}

/** Records every finished request of a context with its transfer size and start time. */
function recorder(context: BrowserContext): { all: Seen[]; settle: () => Promise<void> } {
  const all: Seen[] = [];
  const pending = new Set<Promise<void>>();
  context.on('requestfinished', (req: Request) => {
    const p = (async () => {
      try {
        const s = await req.sizes();
        all.push({ url: req.url(), start: req.timing().startTime, bytes: s.responseBodySize + s.responseHeadersSize, type: req.resourceType() });
      } catch {
        // page closed
      }
    })();
    pending.add(p);
    void p.finally(() => pending.delete(p));
  });
  return { all, settle: async () => void (await Promise.all([...pending])) };
}

const isSearchAsset = (u: string) => /\/pagefind\/|kb-search|\.wasm|\.pagefind$|\.pf_/.test(u);
const isCode = (s: Seen) => /\.(js|mjs|css|wasm)(\?|$)/.test(new URL(s.url).pathname) || isSearchAsset(s.url) || s.type === 'script' || s.type === 'stylesheet';

interface Probe {
  keys: number[];
  /** First loaded, visible result after the last keystroke (performance.now()). */
  result: number | null;
  /** First visible skeleton placeholder: the search itself is done, result data still loading. */
  skeleton: number | null;
  old: WeakSet<Element>;
  armed: boolean;
}

/**
 * Types like a fast typist: all but the last character as one input, then a real keystroke for
 * the last one, so the measured keystroke is the one that completes the query (Playwright's
 * per-character typing is slow and uneven on a loaded machine).
 */
async function typeQuery(page: Page, query: string): Promise<void> {
  if (query.length > 1) await page.keyboard.insertText(query.slice(0, -1));
  await page.keyboard.press(query.slice(-1));
}

/** Installs the timing probe: keydown times and the first visible new `.pf-result` in the dialog. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __kb: Probe };
    w.__kb = { keys: [], result: null, skeleton: null, old: new WeakSet(), armed: false };
    // Every keystroke restarts the watch: only results rendered after the last key count.
    document.addEventListener(
      'keydown',
      () => {
        const k = w.__kb;
        k.keys.push(performance.now());
        if (!k.armed) return;
        k.result = null;
        k.skeleton = null;
        for (const r of document.querySelectorAll('#kb-search-dialog .pf-result')) k.old.add(r);
        for (const r of document.querySelectorAll('#kb-search-dialog .pf-result-link')) k.old.add(r);
      },
      true,
    );
    const check = () => {
      const k = w.__kb;
      if (!k.armed || k.result !== null) return;
      const dialog = document.getElementById('kb-search-dialog');
      if (!dialog) return;
      if (k.skeleton === null) {
        for (const r of dialog.querySelectorAll('.pf-result[aria-hidden="true"]')) {
          if (!k.old.has(r) && r.getBoundingClientRect().height > 0) {
            k.skeleton = performance.now();
            break;
          }
        }
      }
      // A loaded result, not Pagefind's skeleton placeholder (an aria-hidden .pf-result).
      for (const r of dialog.querySelectorAll('.pf-result:not([aria-hidden="true"]) .pf-result-link')) {
        if (!k.old.has(r) && r.textContent?.trim() && r.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && r.getBoundingClientRect().height > 0) {
          k.result = performance.now();
          return;
        }
      }
    };
    new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true });
    const frame = () => {
      check();
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Marks current results as old and starts watching for the next visible one. */
async function arm(page: Page): Promise<void> {
  await page.evaluate(() => {
    const k = (window as unknown as { __kb: Probe }).__kb;
    for (const r of document.querySelectorAll('#kb-search-dialog .pf-result')) k.old.add(r);
    for (const r of document.querySelectorAll('#kb-search-dialog .pf-result-link')) k.old.add(r);
    k.keys = [];
    k.result = null;
    k.skeleton = null;
    k.armed = true;
  });
}

async function readProbe(page: Page, timeout = 20000): Promise<{ keys: number[]; result: number; skeleton: number | null; timeOrigin: number }> {
  await page.waitForFunction(() => (window as unknown as { __kb: Probe }).__kb.result !== null, undefined, { timeout, polling: 50 });
  return page.evaluate(() => {
    const k = (window as unknown as { __kb: Probe }).__kb;
    return { keys: k.keys, result: k.result!, skeleton: k.skeleton, timeOrigin: performance.timeOrigin };
  });
}

const sum = (xs: Seen[]) => xs.reduce((n, s) => n + s.bytes, 0);

/** What a search request is for, to show where the bytes go. */
export const KINDS = ['search UI', 'Pagefind runtime + wasm', 'filters', 'index chunks', 'fragments', 'exact-message list (/api/messages.json)', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export function kindOf(url: string): Kind {
  const p = new URL(url).pathname;
  if (/kb-search|pagefind-(component-|modular-)?ui/.test(p)) return 'search UI';
  if (/\.pf_filter$/.test(p)) return 'filters';
  if (/\.pf_index$/.test(p)) return 'index chunks';
  if (/\.pf_fragment$/.test(p)) return 'fragments';
  if (/\/pagefind\//.test(p)) return 'Pagefind runtime + wasm';
  if (/\/api\/messages\.json$/.test(p)) return 'exact-message list (/api/messages.json)';
  return 'other';
}
const byKind = (xs: Seen[]): Record<Kind, number> => {
  const out = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  for (const x of xs) out[kindOf(x.url)] += x.bytes;
  return out;
};
const between = (xs: Seen[], from: number, to: number) => xs.filter((s) => s.start >= from - 1 && s.start <= to);

export interface ColdRun {
  query: string;
  page: string;
  /** "/" keydown → first visible result (ms): opening search, loading it, typing, searching. */
  openToResult: number;
  /** Last keystroke of the query → first visible result (ms). */
  keyToResult: number;
  /** "/" keydown → search input focused, ready to type (ms). */
  openToReady: number;
  /** Last keystroke → Pagefind's skeleton rows visible (search done, result data loading), ms. */
  keyToSkeleton: number | null;
  /** Bytes of search JS/CSS/wasm/index requested by the page before search was opened. */
  searchBytesBeforeOpen: number;
  /** Bytes of any script/style/wasm file requested before search was opened. */
  codeBytesBeforeOpen: number;
  /** Every byte the page load transferred (HTML, favicon…), before search was opened. */
  pageLoadBytes: number;
  pageLoadRequests: string[];
  /** Bytes of requests started from "/" to the first visible result. */
  bytesOpenToFirstResult: number;
  /** Same, until the network settled after the results (fragments of the shown results included). */
  bytesOpenToSettled: number;
  /** bytesOpenToSettled by kind of file. */
  openKinds: Record<Kind, number>;
}

export interface WarmRun {
  query: string;
  keyToResult: number;
  keyToSkeleton: number | null;
  /** Bytes of requests started from the query's first keystroke until the network settled. */
  bytesPerQuery: number;
  requests: number;
  kinds: Record<Kind, number>;
}

export interface SearchResult {
  cold: ColdRun[];
  warm: WarmRun[];
  summary: {
    coldKeyToResult: number;
    coldOpenToResult: number;
    coldOpenToReady: number;
    coldKeyToSkeleton: number;
    warmKeyToResult: number;
    warmKeyToSkeleton: number;
    bytesPerQuery: number;
    bytesOpenToFirstResult: number;
    bytesOpenToSettled: number;
    searchBytesBeforeOpen: number;
    codeBytesBeforeOpen: number;
    pageLoadBytes: number;
  };
}

async function quiet(page: Page, ms = 400): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(ms);
}

export async function launch(executablePath: string | undefined): Promise<Browser> {
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS, headless: true });
}

/**
 * Cold: fresh context per run, open an entry page, press "/", type the query, wait for the first
 * visible result. Warm: on one page with search already loaded, clear and type another query.
 */
export async function measureSearch(browser: Browser, origin: string, pages: readonly string[], coldQueries: readonly string[], warmQueries: readonly string[], log: (s: string) => void): Promise<SearchResult> {
  const cold: ColdRun[] = [];
  for (let i = 0; i < coldQueries.length; i++) {
    const query = coldQueries[i]!;
    const path = pages[i % pages.length]!;
    const context = await browser.newContext();
    const rec = recorder(context);
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'load' });
    await quiet(page);
    await rec.settle();
    const before = [...rec.all];
    await installProbe(page);
    await arm(page);
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.matches('#kb-search-dialog pagefind-input input') ?? false, undefined, { timeout: 20000, polling: 'raf' });
    const ready = await page.evaluate(() => performance.now());
    await typeQuery(page, query);
    const probe = await readProbe(page);
    await quiet(page, 500);
    await rec.settle();
    const t0 = probe.timeOrigin + probe.keys[0]!;
    const tResult = probe.timeOrigin + probe.result;
    cold.push({
      query,
      page: path,
      openToResult: probe.result - probe.keys[0]!,
      keyToResult: probe.result - probe.keys[probe.keys.length - 1]!,
      openToReady: ready - probe.keys[0]!,
      keyToSkeleton: probe.skeleton === null ? null : probe.skeleton - probe.keys[probe.keys.length - 1]!,
      searchBytesBeforeOpen: sum(before.filter((s) => isSearchAsset(s.url))),
      codeBytesBeforeOpen: sum(before.filter(isCode)),
      pageLoadBytes: sum(before),
      pageLoadRequests: before.map((s) => `${new URL(s.url).pathname} ${s.bytes}`),
      bytesOpenToFirstResult: sum(between(rec.all, t0, tResult)),
      bytesOpenToSettled: sum(between(rec.all, t0, Infinity)),
      openKinds: byKind(between(rec.all, t0, Infinity)),
    });
    log(`  cold ${i + 1}/${coldQueries.length} "${query}": ${cold.at(-1)!.openToResult.toFixed(0)} ms open→result, ${cold.at(-1)!.keyToResult.toFixed(0)} ms key→result`);
    await context.close();
  }

  const warm: WarmRun[] = [];
  const context = await browser.newContext();
  const rec = recorder(context);
  const page = await context.newPage();
  await page.goto(origin + pages[0]!, { waitUntil: 'load' });
  await quiet(page);
  await installProbe(page);
  await arm(page);
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.matches('#kb-search-dialog pagefind-input input') ?? false, undefined, { timeout: 20000, polling: 'raf' });
  await typeQuery(page, 'token');
  await readProbe(page);
  await quiet(page, 500);
  for (let i = 0; i < warmQueries.length; i++) {
    const query = warmQueries[i]!;
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await quiet(page, 300);
    await rec.settle();
    await arm(page);
    await typeQuery(page, query);
    const probe = await readProbe(page);
    await quiet(page, 500);
    await rec.settle();
    const t0 = probe.timeOrigin + probe.keys[0]!;
    const reqs = between(rec.all, t0, Infinity);
    const last = probe.keys[probe.keys.length - 1]!;
    warm.push({ query, keyToResult: probe.result - last, keyToSkeleton: probe.skeleton === null ? null : probe.skeleton - last, bytesPerQuery: sum(reqs), requests: reqs.length, kinds: byKind(reqs) });
    log(`  warm ${i + 1}/${warmQueries.length} "${query}": ${warm.at(-1)!.keyToResult.toFixed(0)} ms key→result, ${warm.at(-1)!.bytesPerQuery} B in ${reqs.length} requests`);
  }
  await context.close();

  return {
    cold,
    warm,
    summary: {
      coldKeyToResult: median(cold.map((c) => c.keyToResult)),
      coldOpenToResult: median(cold.map((c) => c.openToResult)),
      coldOpenToReady: median(cold.map((c) => c.openToReady)),
      coldKeyToSkeleton: median(cold.map((c) => c.keyToSkeleton).filter((x): x is number => x !== null)),
      warmKeyToResult: median(warm.map((w) => w.keyToResult)),
      warmKeyToSkeleton: median(warm.map((w) => w.keyToSkeleton).filter((x): x is number => x !== null)),
      bytesPerQuery: median(warm.map((w) => w.bytesPerQuery)),
      bytesOpenToFirstResult: median(cold.map((c) => c.bytesOpenToFirstResult)),
      bytesOpenToSettled: median(cold.map((c) => c.bytesOpenToSettled)),
      searchBytesBeforeOpen: Math.max(...cold.map((c) => c.searchBytesBeforeOpen)),
      codeBytesBeforeOpen: Math.max(...cold.map((c) => c.codeBytesBeforeOpen)),
      pageLoadBytes: median(cold.map((c) => c.pageLoadBytes)),
    },
  };
}
