import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-files.ts';
import { buildModel, rankCauses, type CauseModel, type QuestionModel } from '../../src/lib/wizard/engine.ts';
import { causeModels, questionModels } from '../../src/lib/wizard/model-data.ts';
import { findWitness, indistinguishableCauses } from '../../src/lib/wizard/distinguish.ts';

const yesNo = [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }];
const questions: QuestionModel[] = [
  { id: 'credential-sent', prompt: 'Sent?', answers: yesNo },
  { id: 'worked-before', prompt: 'Worked before?', answers: yesNo },
  { id: 'scope', prompt: 'Scope?', answers: yesNo, whenStatus: [403] },
];
const cause = (id: string, codes: number[], signals: CauseModel['signals'], likelihood: CauseModel['likelihood'] = 'common'): CauseModel =>
  ({ key: `e/${id}`, entry: 'e', id, title: id, category: 'other', likelihood, codes, signals });

describe('wizard distinguishability', () => {
  it('reports causes whose signals are identical, and only those', () => {
    const same = { 'credential-sent': { yes: 'raises', no: 'impossible' }, 'worked-before': { yes: 'confirms' } } as const;
    const model = buildModel(
      [
        cause('missing', [401], { 'credential-sent': { no: 'confirms', yes: 'impossible' } }),
        cause('expired-a', [401], same),
        cause('expired-b', [401], same),
        cause('mistyped', [401], { 'credential-sent': { yes: 'raises' }, 'worked-before': { no: 'confirms' } }),
      ],
      questions,
    );
    expect(indistinguishableCauses(model).map((d) => d.key)).toEqual(['e/expired-a', 'e/expired-b']);
  });

  it('finds answers that put a distinguishable cause first, and reports who wins otherwise', () => {
    const model = buildModel(
      [
        cause('scope', [403], { scope: { yes: 'confirms' } }),
        cause('other', [403], {}, 'common'),
        cause('rare-twin', [401], {}, 'rare'),
        cause('common-twin', [401], {}, 'common'),
      ],
      questions,
    );
    const found = findWitness(model, 'e/scope');
    expect(found.witness).not.toBeNull();
    expect(found.witness!.status).toBe(403);
    const ranked = rankCauses(model, { status: found.witness!.status, answers: found.witness!.answers });
    expect(ranked[0]!.key).toBe('e/scope');
    // A status-only question must not be used for a status it does not apply to.
    expect(findWitness(model, 'e/common-twin').witness!.answers.some(([q]) => q === 'scope')).toBe(false);
    // Same signals, lower prior: never first, and the report says who stays ahead.
    const stuck = findWitness(model, 'e/rare-twin');
    expect(stuck.witness).toBeNull();
    expect(stuck.best?.leader).toBe('e/common-twin');
  });

  it('every cause in the content can rank first under some answers', () => {
    const content = loadContent(process.cwd());
    const model = buildModel(causeModels(content.entries), questionModels(content.questions));
    expect(indistinguishableCauses(model).map((d) => d.key)).toEqual([]);
  });
});
