// Node only (bench): turns the measurements into BENCHMARKS.md and the summary table.
import type { EntrySizes, FirstView, SearchIndexSize, WizardSize } from './dist-metrics.ts';
import { median } from './dist-metrics.ts';
import type { Phase } from './phases.ts';
import { KINDS, type SearchResult } from './search.ts';
import type { WizardTiming } from './wizard.ts';
import { CATEGORIES, METRICS, type LighthouseRow } from './lighthouse.ts';

export interface BuildRun {
  oursMs: number;
  bareAstroMs: number;
  barePagefindMs: number;
  bareMs: number;
  ratio: number;
  oursRssLargest: number | undefined;
  oursRssTree: number;
  bareRssLargest: number | undefined;
  bareRssTree: number;
  load1: number;
  oursPhases: Phase[];
  barePhases: Phase[];
}

export interface SizeResult {
  size: number;
  statusCount: number;
  problemCount: number;
  causes: number;
  contentBytes: number;
  genMs: number;
  validateMs: number;
  repeat: number;
  runs: BuildRun[];
  htmlPages: number;
  distBytes: number;
  entries: EntrySizes;
  firstView: FirstView;
  index: SearchIndexSize;
  wizardSize: WizardSize;
  wizardTiming: WizardTiming;
  search: SearchResult | undefined;
  searchError?: string | undefined;
}

export interface RealResult {
  entriesCount: number;
  buildMs: number;
  rssLargest: number | undefined;
  rssTree: number;
  htmlPages: number;
  entries: EntrySizes;
  firstView: FirstView;
  largestFirstView: FirstView;
  index: SearchIndexSize;
  wizardSize: WizardSize;
  wizardTiming: WizardTiming;
  lighthouse: LighthouseRow[] | undefined;
  lighthousePages?: string[];
  lighthouseSkipped: string | undefined;
}

export interface BenchData {
  date: string;
  command: string;
  machine: {
    nproc: number;
    cpu: string;
    memoryBytes: number;
    node: string;
    kernel: string;
    loadStart: number[];
    loadEnd?: number[];
    gnuTime: boolean;
    chromium: string;
  };
  sizes: SizeResult[];
  browserSize: number;
  real: RealResult | undefined;
  totalMs: number;
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const B = (x: number | undefined): string => {
  if (x === undefined || Number.isNaN(x)) return '–';
  if (x < 1000) return `${Math.round(x)} B`;
  if (x < 1e6) return `${(x / 1000).toFixed(1)} KB`;
  if (x < 1e9) return `${(x / 1e6).toFixed(1)} MB`;
  return `${(x / 1e9).toFixed(2)} GB`;
};
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : `${x < 10 ? x.toFixed(2) : Math.round(x)} ms`);
const ratio = (x: number) => `${x.toFixed(2)}×`;
const status = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? '**met**' : '**missed**');
const table = (head: string[], rows: string[][]) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const sizeLabel = (n: number) => `${n0(n)} entries`;

/** The run whose own build time is the median one (for phases). */
function medianRun(runs: BuildRun[]): BuildRun {
  const sorted = [...runs].sort((a, b) => a.oursMs - b.oursMs);
  return sorted[(sorted.length - 1) >> 1]!;
}

export function renderReport(d: BenchData, _median = median): { markdown: string; summary: string } {
  const byTarget: string[][] = [];
  const add = (measure: string, target: string, result: string, ok: boolean | undefined) => byTarget.push([measure, target, result, status(ok)]);

  // Build.
  for (const r of d.sizes) {
    const o = median(r.runs.map((x) => x.oursMs));
    const b = median(r.runs.map((x) => x.bareMs));
    const q = median(r.runs.map((x) => x.ratio));
    add(`Build time vs bare floor, ${sizeLabel(r.size)}`, '≤ 1.5×', `${ratio(q)} (${sec(o)} vs ${sec(b)}; median of ${r.runs.length})`, q <= 1.5);
  }
  const s1 = d.sizes.find((r) => r.size === 1000);
  const s5 = d.sizes.find((r) => r.size === 5000);
  if (s1 && s5) {
    const g = median(s5.runs.map((x) => x.oursMs)) / median(s1.runs.map((x) => x.oursMs));
    const gb = median(s5.runs.map((x) => x.bareMs)) / median(s1.runs.map((x) => x.bareMs));
    add('Build time growth 1,000 → 5,000 entries', '— (5× the entries; 5.0× = linear)', `${ratio(g)} (bare floor: ${ratio(gb)})`, undefined);
  }
  for (const r of d.sizes) {
    const run = medianRun(r.runs);
    add(`Peak memory of the build, ${sizeLabel(r.size)}`, '— (Starlight: 1.39 GB at 1,000)', `${B(run.oursRssTree)} process tree, ${B(run.oursRssLargest)} largest process (bare: ${B(run.bareRssTree)} / ${B(run.bareRssLargest)})`, undefined);
  }

  // Entry page.
  const parts = (f: FirstView) => (f.assets.length > 1 ? f.assets.map((a) => `${a.kind} ${n0(a.gzip)} B`).join(' + ') : 'the HTML alone: no CSS or JS file');
  for (const r of d.sizes) add(`Entry page first view, gzip (typical problem page, ${sizeLabel(r.size)})`, '< 14 KB total', `${n0(r.firstView.gzipTotal)} B (${parts(r.firstView)})`, r.firstView.gzipTotal < 14000);
  if (d.real) {
    add(`Entry page first view, gzip (real content, typical problem page ${d.real.firstView.page})`, '< 14 KB total', `${n0(d.real.firstView.gzipTotal)} B`, d.real.firstView.gzipTotal < 14000);
    add(`Entry page first view, gzip (real content, largest entry page ${d.real.largestFirstView.page})`, '< 14 KB total', `${n0(d.real.largestFirstView.gzipTotal)} B`, d.real.largestFirstView.gzipTotal < 14000);
  }
  const allFv = [...d.sizes.map((r) => r.firstView), ...(d.real ? [d.real.firstView, d.real.largestFirstView] : [])];
  const scriptFiles = Math.max(...allFv.map((f) => f.scriptFiles.length));
  add('Script files on an entry page before interaction', '0', `${scriptFiles} (checked on ${allFv.length} pages; CSS files: ${Math.max(...allFv.map((f) => f.stylesheetFiles.length))})`, scriptFiles === 0);
  const inline = Math.max(...allFv.map((f) => f.inlineScript));
  add('Inline script on an entry page', '< 2 KB', `${n0(inline)} B`, inline < 2048);

  // Search.
  const sr = d.sizes.find((r) => r.size === d.browserSize);
  const ss = sr?.search?.summary;
  if (ss) {
    add(`Search bytes loaded by an entry page before search is opened (${sizeLabel(d.browserSize)})`, '0 B', `${n0(ss.searchBytesBeforeOpen)} B (any JS/CSS/wasm file: ${n0(ss.codeBytesBeforeOpen)} B)`, ss.searchBytesBeforeOpen === 0);
    add(`Keystroke → first visible result, cold (last key of the query; ${sizeLabel(d.browserSize)})`, '< 250 ms', `${ms(ss.coldKeyToResult)} (median of ${sr!.search!.cold.length})`, ss.coldKeyToResult < 250);
    add(`"/" pressed → first visible result, cold (open, load search, type, search)`, '< 250 ms', `${ms(ss.coldOpenToResult)} (median of ${sr!.search!.cold.length})`, ss.coldOpenToResult < 250);
    add(`Keystroke → first visible result, warm (${sizeLabel(d.browserSize)})`, '< 100 ms', `${ms(ss.warmKeyToResult)} (median of ${sr!.search!.warm.length})`, ss.warmKeyToResult < 100);
    add('Bytes per query (fresh query, search already loaded)', '—', `${B(ss.bytesPerQuery)}`, undefined);
    add('Bytes from opening search to the first results', '—', `${B(ss.bytesOpenToFirstResult)} (until the network settles: ${B(ss.bytesOpenToSettled)})`, undefined);
  } else if (sr) {
    add(`Search in the browser (${sizeLabel(d.browserSize)})`, '', `not measured: ${sr.searchError ?? 'unknown'}`, undefined);
  }
  for (const r of d.sizes) add(`Search index size, ${sizeLabel(r.size)}`, '—', `${B(r.index.indexBytes)} in ${n0(r.index.indexFiles)} files`, undefined);

  // Wizard.
  const wiz = [...d.sizes.map((r) => ({ label: sizeLabel(r.size), w: r.wizardSize, t: r.wizardTiming })), ...(d.real ? [{ label: `real content (${d.real.entriesCount} entries)`, w: d.real.wizardSize, t: d.real.wizardTiming }] : [])];
  for (const x of wiz) add(`Wizard JS + data on /diagnose/, gzip (${x.label})`, '< 25 KB', `${B(x.w.dataGzip + x.w.scriptGzip)} (data ${B(x.w.dataGzip)} + script ${B(x.w.scriptGzip)})`, x.w.dataGzip + x.w.scriptGzip < 25000);
  for (const x of wiz) add(`Wizard next question (${x.label}, ${n0(x.t.causes)} causes)`, '< 5 ms', `${ms(x.t.medianMs)} median of ${x.t.calls} (p90 ${ms(x.t.p90Ms)})`, x.t.medianMs < 5);

  // Lighthouse.
  if (d.real?.lighthouse && !d.real.lighthouseSkipped) {
    const rows = d.real.lighthouse;
    const all = rows.flatMap((r) => CATEGORIES.map((c) => ({ r, c, v: r.scores[c] })));
    const below = all.filter((x) => x.v !== undefined && x.v < 100);
    const missing = all.filter((x) => x.v === undefined);
    add(
      `Lighthouse 12.2.3, real content (${rows.length / 2} pages × mobile, desktop; median of ${Math.max(...rows.map((r) => r.runs.length))})`,
      '100 in all four categories',
      below.length || missing.length
        ? `${below.map((x) => `${x.r.page} ${x.r.preset} ${x.c} ${x.v}`).join('; ')}${missing.length ? `; ${missing.length} scores missing` : ''}`
        : 'all 100',
      below.length === 0 && missing.length === 0,
    );
  } else {
    add('Lighthouse 12.2.3, real content', '100 in all four categories', d.real?.lighthouseSkipped ?? 'not run', undefined);
  }

  const summary = table(['Measure', 'Target', 'Result', 'Met / missed'], byTarget);

  // Details.
  const out: string[] = [];
  out.push('# Benchmarks', '');
  out.push(`Generated by \`npm run bench\` (scripts/bench.ts). Do not edit by hand: rerun it.`, '');
  out.push(`- Date: ${d.date}`);
  out.push(`- Command: \`${d.command}\` — total run time ${(d.totalMs / 60000).toFixed(1)} min`);
  out.push(`- Machine: ${d.machine.nproc} CPUs (${d.machine.cpu}), ${(d.machine.memoryBytes / 2 ** 30).toFixed(1)} GiB memory, Node ${d.machine.node}, Linux ${d.machine.kernel}`);
  out.push(`- Load average (1/5/15 min) at start: ${d.machine.loadStart.map((x) => x.toFixed(2)).join(' / ')}${d.machine.loadEnd ? `; at end: ${d.machine.loadEnd.map((x) => x.toFixed(2)).join(' / ')}` : ''}. The machine is shared: absolute times are noisy, ratios are measured in the same run (interleaved builds).`);
  out.push(`- Browser: ${d.machine.chromium}; peak memory via ${d.machine.gnuTime ? '`/usr/bin/time -v` (largest process) and' : ''} /proc sampling every 100 ms (sum of VmRSS over the process tree)`);
  out.push('');
  out.push('## Summary against the targets', '', summary, '');

  out.push('## Reference anchors (quoted from the brief)', '');
  out.push('- "Starlight stock at 1,000 entries builds in 33 s, peak 1.39 GB, entry page 22 KB HTML + 16 KB CSS + 5 KB JS gzip."');
  out.push('- "bare floor 14 s at 1,000."', '');
  if (s1) {
    const run = medianRun(s1.runs);
    out.push(
      table(
        ['At 1,000 entries', 'Anchor', 'This run'],
        [
          ['Our build', 'Starlight stock: 33 s', sec(median(s1.runs.map((x) => x.oursMs)))],
          ['Bare floor (Astro + MDX + Pagefind)', '14 s', sec(median(s1.runs.map((x) => x.bareMs)))],
          ['Peak memory', 'Starlight: 1.39 GB', `${B(run.oursRssTree)} tree / ${B(run.oursRssLargest)} largest process`],
          ['Entry page first view, gzip', 'Starlight: 22 KB HTML + 16 KB CSS + 5 KB JS = 43 KB', `${B(s1.firstView.gzipTotal)} (${s1.firstView.assets.map((a) => `${B(a.gzip)} ${a.kind.toUpperCase()}`).join(' + ')}; CSS inlined in the HTML)`],
        ],
      ),
      '',
      'The anchors come from another machine; compare ratios rather than seconds.',
      '',
    );
  }

  out.push('## Build', '');
  out.push(
    table(
      ['Catalogue', 'Entries (status + problem)', 'Causes', 'Content', 'HTML pages built', 'Our build (median)', 'Bare floor: astro + pagefind (median)', 'Ratio (median of per-run ratios)', 'Per-run ratios', 'Peak RSS ours: tree / largest', 'Peak RSS bare: tree / largest', 'Load avg (1 min) per run'],
      d.sizes.map((r) => {
        const run = medianRun(r.runs);
        return [
          sizeLabel(r.size),
          `${r.statusCount} + ${n0(r.problemCount)}`,
          n0(r.causes),
          B(r.contentBytes),
          n0(r.htmlPages),
          `${sec(median(r.runs.map((x) => x.oursMs)))} (${r.runs.map((x) => sec(x.oursMs)).join(', ')})`,
          `${sec(median(r.runs.map((x) => x.bareMs)))} = ${sec(median(r.runs.map((x) => x.bareAstroMs)))} + ${sec(median(r.runs.map((x) => x.barePagefindMs)))}`,
          ratio(median(r.runs.map((x) => x.ratio))),
          r.runs.map((x) => ratio(x.ratio)).join(', '),
          `${B(run.oursRssTree)} / ${B(run.oursRssLargest)}`,
          `${B(run.bareRssTree)} / ${B(run.bareRssLargest)}`,
          r.runs.map((x) => x.load1.toFixed(1)).join(', '),
        ];
      }),
    ),
    '',
  );
  if (d.real) out.push(`Real content (${d.real.entriesCount} entries, ${n0(d.real.htmlPages)} HTML pages): one build, ${sec(d.real.buildMs)}, peak ${B(d.real.rssTree)} tree / ${B(d.real.rssLargest)} largest process.`, '');
  out.push('Where the time goes (the run with the median build time; phases from the build log as it streamed):', '');
  const phaseNames = [...new Set(d.sizes.flatMap((r) => medianRun(r.runs).oursPhases.map((p) => p.name)))];
  out.push(
    table(
      ['Our build', ...phaseNames],
      d.sizes.map((r) => {
        const ph = medianRun(r.runs).oursPhases;
        return [sizeLabel(r.size), ...phaseNames.map((n) => {
          const p = ph.find((x) => x.name === n);
          return p ? sec(p.ms) : '–';
        })];
      }),
    ),
    '',
  );
  const bareNames = [...new Set(d.sizes.flatMap((r) => medianRun(r.runs).barePhases.map((p) => p.name)))];
  out.push(
    table(
      ['Bare floor', ...bareNames],
      d.sizes.map((r) => {
        const ph = medianRun(r.runs).barePhases;
        return [sizeLabel(r.size), ...bareNames.map((n) => {
          const p = ph.find((x) => x.name === n);
          return p ? sec(p.ms) : '–';
        })];
      }),
    ),
    '',
  );
  out.push(`Generation and validation of the synthetic content (not part of the build time): ${d.sizes.map((r) => `${n0(r.size)}: generated in ${sec(r.genMs)}, \`loadContent()\` in ${sec(r.validateMs)}, 0 problems`).join('; ')}.`, '');

  out.push('## Page weight', '');
  const pw = [...d.sizes.map((r) => ({ label: sizeLabel(r.size), e: r.entries, f: r.firstView })), ...(d.real ? [{ label: `real content (${d.real.entriesCount})`, e: d.real.entries, f: d.real.firstView }] : [])];
  out.push(
    table(
      ['Catalogue', 'Entry pages', 'Median entry HTML raw / gzip', 'Largest entry page raw / gzip', 'Typical problem page', 'First view raw / gzip (HTML + CSS + JS files)', 'CSS files', 'Script files', 'Inline script', 'Inline style'],
      pw.map((x) => [
        x.label,
        n0(x.e.count),
        `${B(x.e.medianRaw)} / ${B(x.e.medianGzip)}`,
        `${B(x.e.maxRaw)} / ${B(x.e.maxGzip)} (\`${x.e.maxPage}\`)`,
        `\`${x.f.page}\``,
        `${B(x.f.rawTotal)} / ${B(x.f.gzipTotal)}`,
        String(x.f.stylesheetFiles.length),
        String(x.f.scriptFiles.length),
        `${n0(x.f.inlineScript)} B`,
        `${B(x.f.inlineStyle)}`,
      ]),
    ),
    '',
  );
  if (ss) out.push(`In the browser (${sizeLabel(d.browserSize)}, gzip-serving static server), loading an entry page transferred ${B(ss.pageLoadBytes)} (median; response bodies + headers), in these requests: ${sr!.search!.cold[0]!.pageLoadRequests.map((x) => `\`${x} B\``).join(', ')}.`, '');

  out.push('## Search', '');
  out.push(
    table(
      ['Catalogue', 'Indexed pages', 'Index (dist/pagefind without UI files)', 'Index files', 'UI files (pagefind-ui*, -modular-ui*, -component-ui*, -highlight.js)'],
      [...d.sizes.map((r) => [sizeLabel(r.size), n0(r.index.pages ?? 0), B(r.index.indexBytes), n0(r.index.indexFiles), B(r.index.uiBytes)]), ...(d.real ? [[`real content (${d.real.entriesCount})`, n0(d.real.index.pages ?? 0), B(d.real.index.indexBytes), n0(d.real.index.indexFiles), B(d.real.index.uiBytes)]] : [])],
    ),
    '',
  );
  if (sr?.search) {
    const x = sr.search;
    out.push(`Headless Chromium on the ${sizeLabel(d.browserSize)} build (Playwright; ${x.cold.length} cold runs in fresh contexts, ${x.warm.length} warm queries on one page; different queries each):`, '');
    out.push(
      table(
        ['Measure', 'Median', 'Runs'],
        [
          ['Cold: last keystroke → first visible result', ms(x.summary.coldKeyToResult), x.cold.map((c) => Math.round(c.keyToResult)).join(', ')],
          ['Cold: "/" keydown → first visible result', ms(x.summary.coldOpenToResult), x.cold.map((c) => Math.round(c.openToResult)).join(', ')],
          ['Cold: "/" keydown → search input ready', ms(x.summary.coldOpenToReady), x.cold.map((c) => Math.round(c.openToReady)).join(', ')],
          ['Cold: last keystroke → skeleton rows (search done, result data loading)', ms(x.summary.coldKeyToSkeleton), x.cold.map((c) => (c.keyToSkeleton === null ? '–' : Math.round(c.keyToSkeleton))).join(', ')],
          ['Warm: last keystroke → first visible result', ms(x.summary.warmKeyToResult), x.warm.map((w) => Math.round(w.keyToResult)).join(', ')],
          ['Warm: last keystroke → skeleton rows', ms(x.summary.warmKeyToSkeleton), x.warm.map((w) => (w.keyToSkeleton === null ? '–' : Math.round(w.keyToSkeleton))).join(', ')],
          ['Bytes per fresh query (warm; until the network settles)', B(x.summary.bytesPerQuery), x.warm.map((w) => `${B(w.bytesPerQuery)}/${w.requests}`).join(', ')],
          ['Bytes from "/" to the first visible result (cold)', B(x.summary.bytesOpenToFirstResult), x.cold.map((c) => B(c.bytesOpenToFirstResult)).join(', ')],
          ['Bytes from "/" until the network settles (cold)', B(x.summary.bytesOpenToSettled), x.cold.map((c) => B(c.bytesOpenToSettled)).join(', ')],
          ['Search JS/CSS/wasm/index bytes before opening search (max)', `${n0(x.summary.searchBytesBeforeOpen)} B`, x.cold.map((c) => c.searchBytesBeforeOpen).join(', ')],
        ],
      ),
      '',
      `Cold queries: ${x.cold.map((c) => `"${c.query}"`).join(', ')}. Warm queries: ${x.warm.map((w) => `"${w.query}"`).join(', ')}.`,
      '',
      'Where the search bytes go (median per kind of file):',
      '',
      table(
        ['', ...KINDS],
        [
          ['Opening search + first query (cold, until settled)', ...KINDS.map((k) => B(median(x.cold.map((c) => c.openKinds[k]))))],
          ['One more query (warm)', ...KINDS.map((k) => B(median(x.warm.map((w) => w.kinds[k]))))],
        ],
      ),
      '',
    );
  }

  out.push('## Wizard', '');
  out.push(
    table(
      ['Catalogue', 'Causes', 'Questions', 'nextQuestion median / p90', 'buildModel', 'Data block gzip (raw)', 'Script files gzip (raw)', 'JS + data gzip', '/diagnose/ HTML gzip (raw)'],
      wiz.map((x) => [x.label, n0(x.t.causes), String(x.t.questions), `${ms(x.t.medianMs)} / ${ms(x.t.p90Ms)}`, ms(x.t.buildModelMs), `${B(x.w.dataGzip)} (${B(x.w.dataRaw)})`, `${B(x.w.scriptGzip)} (${B(x.w.scriptRaw)})`, B(x.w.dataGzip + x.w.scriptGzip), `${B(x.w.htmlGzip)} (${B(x.w.htmlRaw)})`]),
    ),
    '',
  );

  out.push('## Lighthouse (real content)', '');
  if (d.real?.lighthouse && d.real.lighthouse.some((r) => r.runs.length)) {
    out.push(
      table(
        ['Page', 'Preset', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Lab metrics (median; metric score)', 'Runs (perf/a11y/bp/seo)'],
        d.real.lighthouse.map((r) => [
          `\`${r.page}\``,
          r.preset,
          ...CATEGORIES.map((c) => String(r.scores[c] ?? '–')),
          (Object.keys(METRICS) as (keyof typeof METRICS)[])
            .filter((id) => r.metrics[id])
            .map((id) => {
              const m = r.metrics[id]!;
              return `${METRICS[id]} ${id === 'cumulative-layout-shift' ? m.value.toFixed(3) : `${Math.round(m.value)} ms`} (${m.score ?? '–'})`;
            })
            .join(', '),
          `${r.runs.map((x) => CATEGORIES.map((c) => x[c] ?? '–').join('/')).join(', ')}${r.errors.length ? `; ${r.errors.length} failed attempt(s), retried: ${r.errors[0]}` : ''}`,
        ]),
      ),
      '',
      `Lighthouse 12.2.3 CLI, \`--output json\`, \`--chrome-flags="--headless=new --no-sandbox --disable-gpu"\`, CHROME_PATH=${d.machine.chromium.split(' ')[0]}; default mobile preset (simulated throttling) and \`--preset=desktop\`; median of the runs per page and preset.`,
      '',
    );
  } else {
    out.push(d.real?.lighthouseSkipped ?? 'Not run.', '');
  }

  out.push('## Method', '');
  out.push(
    [
      '- **Synthetic catalogues** (scripts/bench/generate.ts): seeded PRNG, same output for the same size. About 70 % problem entries at 100 and 96 % at 1,000+, with 3–6 causes (category, likelihood, 0–6 literal patterns with vendors from content/vendors.yaml, wizard signals on 4–10 real questions), 4–7 steps with 1–5 commands in curl/PowerShell/JavaScript/Python/shell/…, 2–5 FAQ items, 5–20 sources, related links, tags, a few aliases; plus one status entry per code used (IANA reason phrases, origins for non-standard codes). Entry size and counts follow the real problem entries (median ~27 KB of MDX). Prose mixes common words, the entry\'s vendor name, header names, error identifiers and a Zipf-distributed open vocabulary that grows with the corpus (Heaps\' law), so the search index grows like a real one. Each catalogue is validated with `loadContent()` (schema, cross-file rules, content lint): 0 problems.',
      '- **Builds**: `npx astro build` with `ASTRO_TELEMETRY_DISABLED=1` in a temporary copy of the working tree (`git ls-files -co --exclude-standard`) whose node_modules is a folder of symlinks to this repo\'s packages, so Astro\'s content cache (`node_modules/.astro`) and Vite\'s cache stay private to the copy; both are deleted before every build (all builds are cold). Our build includes content validation, the site files and the Pagefind index (integrations). The **bare floor** is generated in its own temp dir: no package.json, only `@astrojs/mdx`, a glob collection with a permissive schema (`z.looseObject({ title, summary })`), one page `src/pages/errors/[slug].astro` rendering title, summary and `<Content/>`, then `npx pagefind --site dist`; its time is astro build + pagefind. Our build and the floor run interleaved (alternating order) over the same content; the ratio is the median of the per-pair ratios. Sizes up to 1,000 are built 3 times, larger ones once (`--repeat N` to change).',
      '- **Memory**: peak of the summed VmRSS of the whole process tree (npx → node → pagefind), sampled from /proc every 100 ms; and `/usr/bin/time -v` "Maximum resident set size", which is the largest single process, not a sum.',
      '- **Page weight**: raw and gzip (zlib level 6) of the HTML of every entry page `/errors/<slug>/`; first view = the HTML plus every stylesheet (`<link rel=stylesheet>`) and script file (`<script src>`, `modulepreload`, with their static imports) it references. The "typical problem page" is the problem entry whose HTML size is the median. KB = 1,000 bytes.',
      '- **Search index**: all of dist/pagefind except the UI files pagefind-ui*, pagefind-modular-ui*, pagefind-component-ui* and pagefind-highlight.js (the worker, pagefind.js, wasm, meta, index, fragment and filter files count).',
      '- **Search in the browser**: Playwright with Chromium (`--no-sandbox --disable-gpu --disable-background-networking`) against a small static server of our own on 127.0.0.1 that gzips text, applies dist/_headers and serves dist/404.html. Cold: a fresh browser context per run, open an entry page, press "/", wait until the dialog\'s input has focus, type the query (all but the last character as one input, then a real keypress for the last), and wait for the first `.pf-result` that is a loaded result (Pagefind first shows aria-hidden skeleton rows) and visible; times come from the page clock (keydown events → the MutationObserver callback or animation frame that sees the result). Warm: on one page whose search has already run, select all + Backspace, then type another query. Bytes are Playwright\'s transfer sizes (response body as sent + headers) of requests started in the interval.',
      `- **Wizard**: \`nextQuestion()\` on the model built from the catalogue (\`causeModels\` + \`questionModels\`), after 20 warm-up calls, median over the calls with random evidence: a status code (80 %) and 0–4 random answers (15 % "not sure"). Size = gzip of the /diagnose/ JSON data block plus the gzip of each script file the page loads (with static imports).`,
      '- **Lighthouse**: the real content (content/ as in the working tree), built in its own temp copy, served by the same static server.',
    ].join('\n'),
    '',
  );
  return { markdown: out.join('\n'), summary };
}
