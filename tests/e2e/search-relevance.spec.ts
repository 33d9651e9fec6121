// Search relevance: runs every query in tests/fixtures/search-queries.yaml through the real
// Pagefind index of the built site (dist/pagefind/, loaded with Pagefind's own JS API in the
// /search/ page, nothing stubbed) and checks that the expected entry ranks in the top 3, and
// first where the fixture marks the answer as unambiguous (`top1: true`). Prints the figures and
// every miss with what ranked instead. SEARCH_REPORT=all also prints the top 10 for each query.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

interface Query { q: string; slug: string; top1?: boolean; type?: string }
interface Hit { url: string; score: number }

/**
 * Pagefind ranking options (pagefind.options({ ranking })). Must stay identical to what
 * public/kb-search.js gives the Component UI; undefined = Pagefind's defaults, as there.
 */
const RANKING: Record<string, unknown> | undefined = undefined;

const TOP3_MIN = 0.9;
const TOP1_MIN = 0.8;

const queries = parse(readFileSync(new URL('../fixtures/search-queries.yaml', import.meta.url), 'utf8')) as Query[];

/** "/errors/401/#causes" → "401"; a page that is not an entry keeps its path ("/vendors/aws/"). */
function slugOf(url: string): string {
  const path = new URL(url, 'http://localhost').pathname;
  return /^\/errors\/([^/]+)\/?$/.exec(path)?.[1] ?? path;
}

test('search ranks the right entry for queries people really type', async ({ page }) => {
  test.setTimeout(120_000);
  expect(queries.length).toBeGreaterThanOrEqual(45);
  await page.goto('/search/');
  const ranked: Hit[][] = await page.evaluate(async ({ qs, ranking }) => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(bundle);
    if (ranking) await pagefind.options({ ranking });
    await pagefind.init();
    const out: Hit[][] = [];
    for (const q of qs) {
      const search = await pagefind.search(q);
      const top = search.results.slice(0, 10) as { score: number; data(): Promise<{ url: string }> }[];
      const data = await Promise.all(top.map((r) => r.data()));
      out.push(data.map((d, j) => ({ url: d.url, score: top[j]!.score })));
    }
    return out;
  }, { qs: queries.map((q) => q.q), ranking: RANKING });

  let top1Hits = 0;
  let top1Total = 0;
  let top3Hits = 0;
  const misses: string[] = [];
  queries.forEach((query, i) => {
    const hits = ranked[i]!;
    const slugs = [...new Set(hits.map((h) => slugOf(h.url)))];
    if (process.env['SEARCH_REPORT'] === 'all') console.log(`"${query.q}" → ${hits.map((h) => `${slugOf(h.url)} ${h.score.toFixed(2)}`).join(' | ') || '(no results)'}`);
    const pos = slugs.indexOf(query.slug);
    const inTop3 = pos >= 0 && pos < 3;
    if (inTop3) top3Hits++;
    if (query.top1) {
      top1Total++;
      if (pos === 0) top1Hits++;
    }
    if (!inTop3 || (query.top1 && pos !== 0)) {
      const rank = pos >= 0 ? `rank ${pos + 1}` : slugs.length ? `not in top ${slugs.length}` : 'no results';
      misses.push(`  [${query.type ?? '?'}] "${query.q}" → want ${query.slug} (${rank}${query.top1 ? ', top 1 expected' : ''}); got: ${slugs.slice(0, 3).join(', ') || '(nothing)'}`);
    }
  });
  const pct = (n: number, d: number) => `${n}/${d} = ${((100 * n) / d).toFixed(1)}%`;
  const top3 = top3Hits / queries.length;
  const top1 = top1Total ? top1Hits / top1Total : 1;
  console.log([
    `Search relevance over ${queries.length} queries (${RANKING ? `ranking ${JSON.stringify(RANKING)}` : "Pagefind's default ranking"})`,
    `  top-3: ${pct(top3Hits, queries.length)} (minimum ${TOP3_MIN * 100}%)`,
    `  top-1: ${pct(top1Hits, top1Total)} of the queries marked top1 (minimum ${TOP1_MIN * 100}%)`,
    misses.length ? `Misses (${misses.length}):\n${misses.join('\n')}` : 'No misses.',
  ].join('\n'));
  expect(top3, 'top-3 accuracy').toBeGreaterThanOrEqual(TOP3_MIN);
  expect(top1, 'top-1 accuracy').toBeGreaterThanOrEqual(TOP1_MIN);
});
