// Checks everything in content/ without a build: schema, cross-file rules and the content lint.
// Usage: npm run validate
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/content-validation.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { entries, questions, vendors, problems } = loadContent(root);
if (problems.length > 0) {
  console.error(`✗ content: ${problems.length} problem(s)\n${formatProblems(problems)}`);
  process.exit(1);
}
const causes = entries.reduce((n, e) => n + e.data.causes.length, 0);
console.log(`✓ content: ${entries.length} entries, ${causes} causes, ${questions.length} questions, ${vendors.length} vendors`);
