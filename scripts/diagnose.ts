// Analyze a saved HTTP response in the terminal, without building the site:
//   npm run --silent diagnose -- response.txt
//   curl -si https://api.example.com/v1/me | npm run --silent diagnose
//   npm run --silent diagnose -- --json response.txt
// Nothing leaves the machine: the paste is parsed and matched locally against content/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/content-validation.ts';
import { pasteData } from '../src/lib/paste-data.ts';
import { diagnosePaste } from '../src/lib/paste-diagnosis.ts';
import { recognizedSummary } from '../src/lib/paste-summary.ts';
import { absoluteUrl } from '../src/site.config.ts';
import { serializeState } from '../src/lib/wizard/url-state.ts';

const USAGE = 'Usage: npm run --silent diagnose -- [--json] [--top N] [FILE]   (reads standard input when FILE is absent or "-")';
const args = process.argv.slice(2);
let json = false;
let top = 5;
let file: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') json = true;
  else if (a === '--top') top = Math.max(1, Math.min(50, Number(args[++i]) || 5));
  else if (a === '-h' || a === '--help') {
    console.log(USAGE);
    process.exit(0);
  } else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
  else file = a;
}

function fail(message: string): never {
  process.stderr.write(`diagnose: ${message}\n`);
  process.exit(2);
}

let input: string;
try {
  if (!file || file === '-') {
    if (process.stdin.isTTY) fail(`nothing to read: give a FILE or pipe a response in.\n${USAGE}`);
    input = readFileSync(0, 'utf8');
  } else {
    input = readFileSync(file, 'utf8');
  }
} catch (e) {
  fail(`cannot read ${file ?? 'standard input'}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
}
if (!input.trim()) fail('the input is empty: paste a response, curl -i / curl -v output, a HAR entry, a JSON body or an error message');

const root = fileURLToPath(new URL('..', import.meta.url));
const content = loadContent(root);
if (content.problems.length) fail(`content/ is invalid, fix it first:\n${formatProblems(content.problems)}`);
const d = diagnosePaste(input, new Date(), pasteData(content.entries, content.questions));
const causes = d.ranked.slice(0, top).map((r) => ({
  entry: r.cause.entry,
  cause: r.cause.id,
  category: r.cause.category,
  score: Math.round(r.probability * 1000) / 1000,
  url: absoluteUrl(`/errors/${r.cause.entry}/${r.cause.id}/`),
}));
const recognized = recognizedSummary(d);

if (json) {
  process.stdout.write(`${JSON.stringify({ status: d.evidence.status, recognized, causes })}\n`);
} else {
  const out: string[] = [];
  if (d.analysis.message) out.push(`Note: ${d.analysis.message}`);
  out.push('Recognized:');
  for (const line of recognized.lines) out.push(`  ${line}`);
  if (!recognized.lines.length) out.push('  nothing specific (no status line, header or known message)');
  out.push('', d.informative ? 'Most likely causes:' : 'Not enough to go on; the most common causes overall:');
  causes.forEach((c, i) => out.push(`  ${i + 1}. ${Math.round(c.score * 100)}%  ${d.ranked[i]!.cause.title}  [${c.category}]`, `     ${c.url}`));
  out.push('', `Continue in the wizard: ${absoluteUrl(`/diagnose/${serializeState({ status: d.evidence.status, answers: d.evidence.answers, cause: null })}`)}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
