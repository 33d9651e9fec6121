// The analyzer evaluated honestly: every response in the corpus (real vendor responses, with
// sources) goes through the same code as the page and the CLI, against the real content/.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files.ts';
import { pasteData } from '../../src/lib/paste-data.ts';
import { diagnosePaste, pasteModel } from '../../src/lib/paste-diagnosis.ts';
import { loadResponseFixtures } from './analyzer-fixtures.ts';

const NOW = new Date();
const content = loadContent(process.cwd());
const data = pasteData(content.entries, content.questions);
const model = pasteModel(data);

describe('analyzer accuracy on the response corpus', () => {
  it('puts a cause of the expected category first (top-1) or in the top 3 for ≥ 90% of responses', () => {
    expect(content.problems).toEqual([]);
    const fixtures = loadResponseFixtures(NOW);
    let top1 = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const f of fixtures) {
      const d = diagnosePaste(f.input, NOW, data, model);
      const cats = d.ranked.slice(0, 3).map((r) => r.cause.category);
      if (cats[0] === f.expectedCategory) top1++;
      if (cats.includes(f.expectedCategory)) top3++;
      else misses.push(`${f.file}: expected ${f.expectedCategory}, got ${d.ranked.slice(0, 3).map((r) => `${r.key} [${r.cause.category}]`).join(', ')}`);
    }
    const pct = (n: number) => `${((100 * n) / fixtures.length).toFixed(1)}%`;
    console.log(`analyzer corpus: ${fixtures.length} responses, top-1 ${top1}/${fixtures.length} = ${pct(top1)}, top-3 ${top3}/${fixtures.length} = ${pct(top3)}`);
    if (misses.length) console.log(`misses (top-3):\n  ${misses.join('\n  ')}`);
    expect(top3 / fixtures.length).toBeGreaterThanOrEqual(0.9);
  });
});
