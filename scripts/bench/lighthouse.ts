// Node only (bench): Lighthouse (the pinned devDependency, run through its CLI) on a few pages,
// mobile and desktop presets, median of several runs per page and preset.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './dist-metrics.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu';

/** Lab metrics behind the performance score. */
export const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;
type MetricId = keyof typeof METRICS;

export interface LighthouseRow {
  page: string;
  preset: 'mobile' | 'desktop';
  /** Median score per category, 0–100. */
  scores: Partial<Record<Category, number>>;
  runs: Partial<Record<Category, number>>[];
  /** Median lab metrics (ms, CLS unitless) and each metric's score (0–100) in the median run. */
  metrics: Partial<Record<MetricId, { value: number; score: number | null }>>;
  errors: string[];
}

type RunOut = { scores?: Partial<Record<Category, number>>; metrics?: LighthouseRow['metrics']; error?: string };

function runOnce(bin: string, url: string, preset: 'mobile' | 'desktop', out: string, chromePath: string): Promise<RunOut> {
  const args = [
    url,
    '--output=json',
    `--output-path=${out}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve) => {
    const child = spawn(bin, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', () => undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(out)) {
        resolve({ error: `exit ${code}: ${err.trim().split('\n').slice(-3).join(' ').slice(0, 300)}` });
        return;
      }
      try {
        const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
          categories: Record<string, { score: number | null }>;
          audits: Record<string, { score: number | null; numericValue?: number }>;
          runtimeError?: { message: string };
        };
        rmSync(out, { force: true });
        if (lhr.runtimeError) {
          resolve({ error: lhr.runtimeError.message });
          return;
        }
        const scores: Partial<Record<Category, number>> = {};
        for (const c of CATEGORIES) {
          const s = lhr.categories[c]?.score;
          if (typeof s === 'number') scores[c] = Math.round(s * 100);
        }
        const metrics: LighthouseRow['metrics'] = {};
        for (const id of Object.keys(METRICS) as MetricId[]) {
          const a = lhr.audits[id];
          if (a && typeof a.numericValue === 'number') metrics[id] = { value: a.numericValue, score: a.score === null ? null : Math.round(a.score * 100) };
        }
        resolve({ scores, metrics });
      } catch (e) {
        resolve({ error: `unreadable report: ${(e as Error).message}` });
      }
    });
  });
}

export async function runLighthouse(repo: string, origin: string, pages: readonly string[], runs: number, chromePath: string, tmp: string, log: (s: string) => void): Promise<LighthouseRow[]> {
  const bin = join(repo, 'node_modules', '.bin', 'lighthouse');
  if (!existsSync(bin)) throw new Error('lighthouse is not installed: run `npm install` (devDependency lighthouse@12.2.3)');
  const rows: LighthouseRow[] = [];
  for (const page of pages) {
    for (const preset of ['mobile', 'desktop'] as const) {
      const row: LighthouseRow = { page, preset, scores: {}, runs: [], metrics: {}, errors: [] };
      const metricRuns: LighthouseRow['metrics'][] = [];
      // Lighthouse sometimes fails to record a trace (NO_NAVSTART) on a busy machine: retry up to
      // twice so the median is over `runs` successful runs when possible.
      for (let i = 0; i < runs + 2 && row.runs.length < runs; i++) {
        const r = await runOnce(bin, origin + page, preset, join(tmp, `lh-${rows.length}-${i}.json`), chromePath);
        if (r.scores) row.runs.push(r.scores);
        if (r.metrics) metricRuns.push(r.metrics);
        if (r.error) row.errors.push(r.error);
        log(`  lighthouse ${preset} ${page} run ${i + 1}: ${r.scores ? CATEGORIES.map((c) => `${c} ${r.scores![c] ?? '–'}`).join(', ') : `failed (${r.error})`}`);
      }
      for (const c of CATEGORIES) {
        const xs = row.runs.map((s) => s[c]).filter((x): x is number => typeof x === 'number');
        if (xs.length) row.scores[c] = median(xs);
      }
      for (const id of Object.keys(METRICS) as MetricId[]) {
        const xs = metricRuns.map((m) => m[id]).filter((x): x is { value: number; score: number | null } => x !== undefined).sort((a, b) => a.value - b.value);
        if (xs.length) row.metrics[id] = xs[(xs.length - 1) >> 1]!;
      }
      rows.push(row);
    }
  }
  return rows;
}
