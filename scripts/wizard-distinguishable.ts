// Checks that every cause can rank first under some consistent set of wizard answers.
// Usage: node scripts/wizard-distinguishable.ts   (exit 1 when a cause cannot be told apart)
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/lib/content-files.ts';
import { formatProblems } from '../src/lib/content-validation.ts';
import { buildModel } from '../src/lib/wizard/engine.ts';
import { causeModels, questionModels } from '../src/lib/wizard/model-data.ts';
import { indistinguishableCauses } from '../src/lib/wizard/distinguish.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { entries, questions, problems } = loadContent(root);
if (problems.length > 0) {
  console.error(`✗ content: ${problems.length} problem(s)\n${formatProblems(problems)}`);
  process.exit(1);
}
const model = buildModel(causeModels(entries), questionModels(questions));
const stuck = indistinguishableCauses(model);
if (stuck.length > 0) {
  console.error(`✗ wizard: ${stuck.length} of ${model.causes.length} causes never rank first under any answers the search found:`);
  for (const d of stuck) {
    const b = d.best;
    console.error(`  ${d.key}` + (b ? `  (best ${(b.probability * 100).toFixed(1)}% with status ${b.status}; ${b.leader} stays ahead)` : ''));
  }
  process.exit(1);
}
console.log(`✓ wizard: all ${model.causes.length} causes can rank first under some set of answers`);
