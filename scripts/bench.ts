// Benchmarks: `npm run bench [-- --sizes 100,1000,5000] [--skip-lighthouse] [--repeat N] [--keep]`.
// Not a test: measures and writes BENCHMARKS.md (and prints its summary table).
//
// For each size it generates a deterministic synthetic catalogue into a temporary copy of this
// project (content/errors/ replaced, content/wizard and vendors.yaml kept), validates it with the
// repo's own rules, builds it and, in the same run over the same content, a bare Astro + MDX +
// Pagefind floor; then measures page weight, the search index, search in headless Chromium, the
// wizard, and Lighthouse on the real content. Everything happens under os.tmpdir(), never in the
// working tree: `astro build` here would clash with the lead's builds.
import { mkdtempSync, rmSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { loadContent } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/content-validation.ts';
import { findChromium } from './browser.ts';
import { generateCatalogue, type Catalogue } from './bench/generate.ts';
import { copyProject, writeBareSite, writeCatalogue } from './bench/project.ts';
import { buildEnv, hasGnuTime, measure, tail, writeLog, type RunResult } from './bench/run.ts';
import { buildPhases } from './bench/phases.ts';
import { entrySizes, firstView, median, searchIndexSize, treeSize, wizardSize } from './bench/dist-metrics.ts';
import { timeNextQuestion } from './bench/wizard.ts';
import { serveDist } from './bench/serve.ts';
import { launch, measureSearch } from './bench/search.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { renderReport, type BenchData, type BuildRun, type SizeResult, type RealResult } from './bench/report.ts';
import { Rng, hashString } from './bench/prng.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]) {
  const opts = { sizes: [100, 1000, 5000], skipLighthouse: false, repeat: undefined as number | undefined, keep: false, searchRuns: 9, lighthouseRuns: 3, wizardCalls: 300, out: join(repo, 'BENCHMARKS.md') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a.startsWith('--sizes')) opts.sizes = val().split(',').map((s) => Number(s.trim().replace(/[_,]/g, '')));
    else if (a === '--skip-lighthouse') opts.skipLighthouse = true;
    else if (a.startsWith('--repeat')) opts.repeat = Number(val());
    else if (a === '--keep') opts.keep = true;
    else if (a.startsWith('--search-runs')) opts.searchRuns = Number(val());
    else if (a.startsWith('--lighthouse-runs')) opts.lighthouseRuns = Number(val());
    else if (a.startsWith('--wizard-calls')) opts.wizardCalls = Number(val());
    else if (a.startsWith('--out')) opts.out = resolve(val());
    else if (a === '--help' || a === '-h') {
      console.log('npm run bench -- [--sizes 100,1000,5000] [--skip-lighthouse] [--repeat N] [--search-runs N] [--lighthouse-runs N] [--wizard-calls N] [--keep] [--out FILE]');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  if (opts.sizes.some((s) => !Number.isInteger(s) || s < 20)) throw new Error('--sizes: whole numbers of at least 20, e.g. 100,1000');
  if (opts.searchRuns < 7) throw new Error('--search-runs: at least 7');
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const started = Date.now();
const log = (s: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);
const tmp = mkdtempSync(join(tmpdir(), 'kb-bench-'));
let cleaned = false;
const cleanup = () => {
  if (cleaned || opts.keep) return;
  cleaned = true;
  rmSync(tmp, { recursive: true, force: true });
};
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    cleanup();
    process.exit(code);
  });
}

const env = buildEnv(repo);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Deletes a build's output and caches so every build is a cold one. */
function resetBuild(dir: string) {
  for (const d of ['dist', '.astro', join('node_modules', '.astro'), join('node_modules', '.vite')]) rmSync(join(dir, d), { recursive: true, force: true });
}

async function astroBuild(dir: string, name: string): Promise<RunResult> {
  resetBuild(dir);
  const r = await measure('npx', ['astro', 'build'], dir, env, join(tmp, `${name}.time`));
  writeLog(join(tmp, `${name}.log`), r);
  if (!r.ok) throw new Error(`astro build failed in ${dir} (log: ${join(tmp, `${name}.log`)}):\n${tail(r.stdout + r.stderr)}`);
  return r;
}

async function bareBuild(dir: string, name: string): Promise<{ astro: RunResult; pagefind: RunResult }> {
  const astro = await astroBuild(dir, `${name}-astro`);
  const pagefind = await measure('npx', ['pagefind', '--site', 'dist'], dir, env, join(tmp, `${name}-pagefind.time`));
  writeLog(join(tmp, `${name}-pagefind.log`), pagefind);
  if (!pagefind.ok) throw new Error(`pagefind failed in ${dir}:\n${tail(pagefind.stdout + pagefind.stderr)}`);
  return { astro, pagefind };
}

const htmlCount = (dist: string): number => {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(dist);
  return n;
};

async function main(): Promise<void> {
  const base = loadContent(repo);
  if (base.problems.length) throw new Error(`the project's own content is invalid:\n${formatProblems(base.problems)}`);
  const chromiumFound = findChromium();
  const chromePath = chromiumFound.path ?? (chromiumFound.from === "Playwright's own Chromium" ? chromium.executablePath() : undefined);
  const browserSize = opts.sizes.includes(1000) ? 1000 : [...opts.sizes].sort((a, b) => Math.abs(a - 1000) - Math.abs(b - 1000))[0]!;

  const data: BenchData = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.version,
      kernel: release(),
      loadStart: loadavg(),
      gnuTime: hasGnuTime(),
      chromium: chromePath ? `${chromePath} (${chromiumFound.from})` : `none (${chromiumFound.from})`,
    },
    sizes: [],
    browserSize,
    real: undefined,
    totalMs: 0,
  };
  log(`temp dir ${tmp}; sizes ${opts.sizes.join(', ')}; chromium ${data.machine.chromium}`);

  for (const size of opts.sizes) {
    const repeat = opts.repeat ?? (size <= 1000 ? 3 : 1);
    const t0 = performance.now();
    const cat: Catalogue = generateCatalogue(size, base.questions, base.vendors.map((v) => v.id));
    const genMs = performance.now() - t0;
    const ours = join(tmp, `site-${size}`);
    const bare = join(tmp, `bare-${size}`);
    copyProject(repo, ours);
    writeCatalogue(ours, cat.files);
    const t1 = performance.now();
    const content = loadContent(ours);
    const validateMs = performance.now() - t1;
    if (content.problems.length) throw new Error(`generated catalogue of ${size} is invalid (${content.problems.length} problems):\n${formatProblems(content.problems.slice(0, 20))}`);
    writeBareSite(repo, bare, cat.files);
    log(`${size}: generated ${cat.files.length} entries (${(cat.bytes / 1e6).toFixed(1)} MB) in ${s(genMs)}, validated in ${s(validateMs)}: 0 problems`);

    const runs: BuildRun[] = [];
    for (let r = 0; r < repeat; r++) {
      // Alternate the order so drift in machine load hits both sides alike.
      const load1 = loadavg()[0]!;
      let o: RunResult;
      let b: { astro: RunResult; pagefind: RunResult };
      if (r % 2 === 0) {
        o = await astroBuild(ours, `site-${size}-${r}`);
        b = await bareBuild(bare, `bare-${size}-${r}`);
      } else {
        b = await bareBuild(bare, `bare-${size}-${r}`);
        o = await astroBuild(ours, `site-${size}-${r}`);
      }
      const bareMs = b.astro.wallMs + b.pagefind.wallMs;
      runs.push({
        oursMs: o.wallMs,
        bareAstroMs: b.astro.wallMs,
        barePagefindMs: b.pagefind.wallMs,
        bareMs,
        ratio: o.wallMs / bareMs,
        oursRssLargest: o.maxRssLargest,
        oursRssTree: o.peakRssTree,
        bareRssLargest: Math.max(b.astro.maxRssLargest ?? 0, b.pagefind.maxRssLargest ?? 0) || undefined,
        bareRssTree: Math.max(b.astro.peakRssTree, b.pagefind.peakRssTree),
        load1,
        oursPhases: buildPhases(o.lines, o.wallMs),
        barePhases: [...buildPhases(b.astro.lines, b.astro.wallMs), { name: 'pagefind --site dist', ms: b.pagefind.wallMs }],
      });
      log(`${size}: build ${r + 1}/${repeat}: ours ${s(o.wallMs)}, bare ${s(bareMs)} (astro ${s(b.astro.wallMs)} + pagefind ${s(b.pagefind.wallMs)}), ratio ${(o.wallMs / bareMs).toFixed(2)}×, load ${load1.toFixed(1)}`);
    }

    const dist = join(ours, 'dist');
    const slugs = content.entries.map((e) => e.slug);
    const problemSet = new Set(cat.problemSlugs);
    const entries = entrySizes(dist, slugs, problemSet);
    const result: SizeResult = {
      size,
      statusCount: cat.statusSlugs.length,
      problemCount: cat.problemSlugs.length,
      causes: content.entries.reduce((n, e) => n + e.data.causes.length, 0),
      contentBytes: cat.bytes,
      genMs,
      validateMs,
      repeat,
      runs,
      htmlPages: htmlCount(dist),
      distBytes: treeSize(dist).bytes,
      entries,
      firstView: firstView(dist, entries.typicalProblem),
      index: searchIndexSize(dist),
      wizardSize: wizardSize(dist),
      wizardTiming: timeNextQuestion(content, opts.wizardCalls),
      search: undefined,
    };
    log(`${size}: wizard nextQuestion median ${result.wizardTiming.medianMs.toFixed(2)} ms over ${result.wizardTiming.causes} causes; /diagnose/ data ${result.wizardSize.dataGzip} B gzip`);

    if (size === browserSize) {
      if (!chromePath && chromiumFound.from !== "Playwright's own Chromium") {
        result.searchError = `no Chromium (${chromiumFound.from})`;
      } else {
        const server = await serveDist(dist);
        const browser = await launch(chromiumFound.path);
        try {
          const rng = new Rng(hashString(`pages:${size}`));
          const pages = [entries.typicalProblem, ...rng.sample(cat.problemSlugs, opts.searchRuns - 1).map((p) => `/errors/${p}/`)];
          const qs = cat.queries;
          if (qs.length < opts.searchRuns * 2) throw new Error(`only ${qs.length} distinct queries for ${opts.searchRuns * 2} runs`);
          log(`${size}: search in Chromium on ${server.origin} (${opts.searchRuns} cold, ${opts.searchRuns} warm)`);
          result.search = await measureSearch(browser, server.origin, pages, qs.slice(0, opts.searchRuns), qs.slice(opts.searchRuns, opts.searchRuns * 2), log);
        } catch (e) {
          result.searchError = (e as Error).message.split('\n')[0];
          log(`${size}: search measurement failed: ${result.searchError}`);
        } finally {
          await browser.close();
          await server.close();
        }
      }
    }
    data.sizes.push(result);
    if (!opts.keep) {
      rmSync(ours, { recursive: true, force: true });
      rmSync(bare, { recursive: true, force: true });
    }
  }

  // The real content: page weight and Lighthouse.
  const realDir = join(tmp, 'site-real');
  copyProject(repo, realDir);
  const realBuild = await astroBuild(realDir, 'site-real');
  const realDist = join(realDir, 'dist');
  const realEntries = entrySizes(realDist, base.entries.map((e) => e.slug), new Set(base.entries.filter((e) => e.data.kind === 'problem').map((e) => e.slug)));
  const real: RealResult = {
    entriesCount: base.entries.length,
    buildMs: realBuild.wallMs,
    rssLargest: realBuild.maxRssLargest,
    rssTree: realBuild.peakRssTree,
    htmlPages: htmlCount(realDist),
    entries: realEntries,
    firstView: firstView(realDist, realEntries.typicalProblem),
    largestFirstView: firstView(realDist, realEntries.maxPage),
    index: searchIndexSize(realDist),
    wizardSize: wizardSize(realDist),
    wizardTiming: timeNextQuestion(base, opts.wizardCalls),
    lighthouse: undefined,
    lighthouseSkipped: opts.skipLighthouse ? 'skipped (--skip-lighthouse)' : undefined,
  };
  log(`real: built ${base.entries.length} entries in ${s(realBuild.wallMs)}`);
  if (!opts.skipLighthouse) {
    if (!chromePath) real.lighthouseSkipped = `no Chromium binary for Lighthouse (${chromiumFound.from})`;
    else {
      const server = await serveDist(realDist);
      try {
        real.lighthousePages = ['/', '/errors/api-key-rejected/', '/diagnose/', '/search/'].filter((p) => p === '/' || existsSync(join(realDist, p, 'index.html')));
        log(`real: Lighthouse 12.2.3, ${real.lighthousePages.length} pages × mobile/desktop × ${opts.lighthouseRuns} runs`);
        real.lighthouse = await runLighthouse(repo, server.origin, real.lighthousePages, opts.lighthouseRuns, chromePath, tmp, log);
        const failed = real.lighthouse.every((r) => r.runs.length === 0);
        if (failed) real.lighthouseSkipped = `Lighthouse could not run here: ${real.lighthouse[0]?.errors[0] ?? 'no result'}`;
      } catch (e) {
        real.lighthouseSkipped = `Lighthouse could not run here: ${(e as Error).message.split('\n')[0]}`;
      } finally {
        await server.close();
      }
    }
  }
  data.real = real;
  data.machine.loadEnd = loadavg();
  data.totalMs = Date.now() - started;

  const { markdown, summary } = renderReport(data, median);
  writeFileSync(opts.out, markdown);
  console.log(`\n${summary}\n`);
  log(`wrote ${opts.out}; total ${(data.totalMs / 60000).toFixed(1)} min`);
}

try {
  await main();
} catch (e) {
  console.error(`✗ bench failed: ${(e as Error).stack ?? e}`);
  if (!opts.keep) console.error(`  (temp dir removed; rerun with --keep to inspect ${tmp})`);
  process.exitCode = 1;
} finally {
  cleanup();
}
