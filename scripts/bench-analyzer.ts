// Times the response analyzer (parse, redact, JWT decode, pattern match, ranking) on the response
// corpus and on hostile inputs, and reports the median and the slowest input.
// Usage: npm run bench:analyzer
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/lib/content-files.ts';
import { pasteData } from '../src/lib/paste-data.ts';
import { diagnosePaste, pasteModel } from '../src/lib/paste-diagnosis.ts';
import { MAX_INPUT } from '../src/lib/analyzer/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = loadContent(root);
const data = pasteData(content.entries, content.questions);
const model = pasteModel(data);
const now = new Date();

const inputs: { name: string; text: string }[] = [];
const dir = `${root}tests/fixtures/responses/`;
for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const raw = readFileSync(dir + f, 'utf8');
  inputs.push({ name: f, text: raw.slice(raw.indexOf('\n---\n') + 5).replace(/\{\{[A-Z_]+\}\}/g, 'EXAMPLEVALUE1234567890') });
}
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const randomText = (n: number) => Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(rand() * 95))).join('');
inputs.push(
  { name: 'random printable, 512 KB', text: randomText(MAX_INPUT) },
  { name: 'over-size, 2 MB', text: randomText(2 * 1024 * 1024) },
  { name: 'binary bytes, 256 KB', text: Array.from({ length: 262144 }, () => String.fromCharCode(Math.floor(rand() * 256))).join('') },
  { name: 'deeply nested JSON', text: `HTTP/1.1 400 Bad Request\n\n${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}` },
  { name: '5,000 headers', text: `HTTP/1.1 401 Unauthorized\n${Array.from({ length: 5000 }, (_, i) => `X-H${i}: ${'v'.repeat(40)}`).join('\n')}\n\n{}` },
  { name: 'long WWW-Authenticate', text: `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer ${'a="b", '.repeat(40000)}\n\n` },
  { name: 'quotes and backslashes', text: `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="${'\\"'.repeat(100000)}\n\n` },
  { name: 'many eyJ fragments', text: 'eyJhbGciOiJub25lIn0.'.repeat(20000) },
  { name: 'huge HTML page', text: `HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html>${'<div><p>Forbidden</p><script>x</script></div>'.repeat(10000)}</html>` },
);

const RUNS = 7;
const rows = inputs.map(({ name, text }) => {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    diagnosePaste(text, now, data, model);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { name, kb: Math.round(text.length / 1024), median: times[Math.floor(RUNS / 2)]! };
});
const medians = rows.map((r) => r.median).sort((a, b) => a - b);
const corpus = rows.slice(0, -9).map((r) => r.median).sort((a, b) => a - b);
const slowest = [...rows].sort((a, b) => b.median - a.median).slice(0, 5);
console.log(`analyzer bench: ${rows.length} inputs, ${RUNS} runs each (median per input), ${content.entries.length} entries, ${data.patterns.length} patterns`);
console.log(`  corpus (${corpus.length} real responses): median ${corpus[Math.floor(corpus.length / 2)]!.toFixed(2)} ms, max ${corpus[corpus.length - 1]!.toFixed(2)} ms`);
console.log(`  all inputs: median ${medians[Math.floor(medians.length / 2)]!.toFixed(2)} ms`);
console.log('  slowest inputs:');
for (const r of slowest) console.log(`    ${r.median.toFixed(1).padStart(8)} ms  ${r.name} (${r.kb} KB)`);
