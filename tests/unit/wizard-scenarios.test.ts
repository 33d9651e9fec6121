// Plays the wizard against scripted users from real threads (tests/fixtures/wizard-scenarios.yaml)
// and checks that it finds the real cause, and that it asks fewer questions than a fixed order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { loadContent } from '../../src/lib/content-files.ts';
import { formatProblems } from '../../src/lib/content-validation.ts';
import { buildModel, nextQuestion, nextQuestionFixedOrder, NOT_SURE, type Model } from '../../src/lib/wizard/engine.ts';
import { causeModels, questionModels } from '../../src/lib/wizard/model-data.ts';
import { evaluate, type Evaluation, type Scenario } from '../../src/lib/wizard/simulate.ts';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'wizard-scenarios.yaml');

const scenarioSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'scenario ids are kebab-case'),
  source: z.url().refine((u) => u.startsWith('https://'), 'source must be an https URL'),
  situation: z.string().min(20),
  status: z.number().int().min(400).max(499).nullable(),
  answers: z.record(z.string(), z.string()),
  expected: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected is "<entry-slug>/<cause-id>"'),
  noise: z.array(z.string()).optional(),
});
const fileSchema = z.strictObject({ scenarios: z.array(scenarioSchema).min(1) });
type ScenarioInput = z.infer<typeof scenarioSchema>;

/** Every reference in the fixture must exist in the content; returns readable problems. */
function checkReferences(model: Model, scenarios: ScenarioInput[]): string[] {
  const problems: string[] = [];
  const keys = new Set(model.causes.map((c) => c.key));
  const questions = new Map(model.questions.map((q) => [q.id, new Set(q.answers.map((a) => a.id))]));
  const ids = new Set<string>();
  for (const s of scenarios) {
    if (ids.has(s.id)) problems.push(`${s.id}: duplicate scenario id`);
    ids.add(s.id);
    if (!keys.has(s.expected)) problems.push(`${s.id}: expected cause "${s.expected}" does not exist`);
    for (const [q, a] of Object.entries(s.answers)) {
      const answers = questions.get(q);
      if (!answers) problems.push(`${s.id}: unknown question "${q}"`);
      else if (a !== NOT_SURE && !answers.has(a)) problems.push(`${s.id}: question "${q}" has no answer "${a}" (answers: ${[...answers].join(', ')})`);
    }
    for (const q of s.noise ?? []) {
      if (!(q in s.answers)) problems.push(`${s.id}: noise names "${q}", which is not in its answers`);
    }
  }
  return problems;
}

/** The fixture's YAML, or the parser's message (with line and column) when it does not parse. */
function readFixture(): { data: unknown; yamlError?: string } {
  try {
    return { data: parseYaml(readFileSync(FIXTURE, 'utf8')) };
  } catch (e) {
    return { data: undefined, yamlError: `tests/fixtures/wizard-scenarios.yaml does not parse: ${(e as Error).message}` };
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(rows: [string, Evaluation][], n: number): string {
  const lines = [
    `wizard scenarios: ${n}`,
    '            top-1    top-3    mean questions',
    ...rows.map(([name, e]) => `${name.padEnd(10)}  ${pct(e.top1).padStart(6)}   ${pct(e.top3).padStart(6)}   ${e.meanQuestions.toFixed(2)}`),
  ];
  for (const [name, e] of rows) {
    if (e.misses.length === 0) continue;
    lines.push(`misses (${name}):`);
    for (const m of e.misses) lines.push(`  ${m.id}: expected ${m.expected} (rank ${m.rank}), got ${m.got.join(', ')}`);
  }
  return lines.join('\n');
}

describe('wizard scenarios from real threads', () => {
  const content = loadContent(process.cwd());
  const model = buildModel(causeModels(content.entries), questionModels(content.questions));
  const fixture = readFixture();
  const parsed = fileSchema.safeParse(fixture.data);

  it('the fixture is valid and refers only to existing causes, questions and answers', () => {
    expect(content.problems, formatProblems(content.problems)).toEqual([]);
    expect(fixture.yamlError).toBeUndefined();
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
    if (!parsed.success) return;
    const problems = checkReferences(model, parsed.data.scenarios);
    expect(problems, problems.join('\n')).toEqual([]);
    const s = parsed.data.scenarios;
    expect(s.length).toBeGreaterThanOrEqual(32);
    expect(s.filter((x) => (x.noise?.length ?? 0) > 0).length, 'scenarios with a wrong answer').toBeGreaterThanOrEqual(4);
    expect(s.filter((x) => Object.keys(x.answers).length <= 2).length, 'scenarios where the person knows little').toBeGreaterThanOrEqual(4);
  });

  it('finds the real cause, and asks fewer questions than the fixed-order baseline', () => {
    if (!parsed.success) throw new Error(fixture.yamlError ?? `invalid fixture:\n${z.prettifyError(parsed.error)}`);
    const scenarios: Scenario[] = parsed.data.scenarios.map(({ id, status, answers, expected }) => ({ id, status, answers, expected }));
    const engine = evaluate(model, scenarios, nextQuestion);
    const baseline = evaluate(model, scenarios, nextQuestionFixedOrder);
    console.log(report([['engine', engine], ['baseline', baseline]], scenarios.length));

    expect(engine.top1, `engine top-1 ${pct(engine.top1)} is below 80%`).toBeGreaterThanOrEqual(0.8);
    expect(engine.top3, `engine top-3 ${pct(engine.top3)} is below 95%`).toBeGreaterThanOrEqual(0.95);
    expect(
      engine.meanQuestions,
      `engine asks ${engine.meanQuestions.toFixed(2)} questions on average, baseline ${baseline.meanQuestions.toFixed(2)}`,
    ).toBeLessThan(baseline.meanQuestions);
  });
});
