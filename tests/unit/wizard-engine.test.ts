import { describe, expect, it } from 'vitest';
import { buildModel, nextQuestion, rankCauses, informationGain, type CauseModel, type QuestionModel } from '../../src/lib/wizard/engine.ts';
import { parseState, serializeState } from '../../src/lib/wizard/url-state.ts';

const yesNo = [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }];
const questions: QuestionModel[] = [
  { id: 'colour', prompt: 'Colour?', answers: [{ id: 'red', label: 'Red' }, { id: 'blue', label: 'Blue' }] },
  { id: 'credential-sent', prompt: 'Sent?', answers: yesNo },
  { id: 'worked-before', prompt: 'Worked before?', answers: yesNo },
  { id: 'scope', prompt: 'Scope?', answers: yesNo, whenStatus: [403] },
];
const cause = (id: string, codes: number[], signals: CauseModel['signals'], likelihood: CauseModel['likelihood'] = 'common'): CauseModel =>
  ({ key: `e/${id}`, entry: 'e', id, title: id, category: 'other', likelihood, codes, signals });
const causes = [
  cause('missing', [401], { 'credential-sent': { no: 'confirms', yes: 'impossible' } }),
  cause('expired', [401], { 'credential-sent': { yes: 'raises', no: 'impossible' }, 'worked-before': { yes: 'confirms', no: 'contradicts' } }),
  cause('mistyped', [401], { 'credential-sent': { yes: 'raises', no: 'impossible' }, 'worked-before': { no: 'confirms', yes: 'lowers' } }),
  cause('scope', [403], { scope: { yes: 'confirms' } }),
];
const model = buildModel(causes, questions);
const top = (status: number | null, answers: [string, string][]) => rankCauses(model, { status, answers })[0]!.cause.id;

describe('wizard engine', () => {
  it('ranks by evidence and explains which answers moved a cause', () => {
    const ranked = rankCauses(model, { status: 401, answers: [['credential-sent', 'yes'], ['worked-before', 'yes']] });
    expect(ranked[0]!.cause.id).toBe('expired');
    expect(ranked[0]!.why).toEqual([
      { question: 'status', answer: '401', effect: 'status-match' },
      { question: 'credential-sent', answer: 'yes', effect: 'raises' },
      { question: 'worked-before', answer: 'yes', effect: 'confirms' },
    ]);
    expect(ranked.reduce((s, r) => s + r.probability, 0)).toBeCloseTo(1, 10);
  });

  it('treats "not sure" as no evidence', () => {
    const before = rankCauses(model, { status: 401, answers: [] }).map((r) => [r.key, r.probability]);
    const after = rankCauses(model, { status: 401, answers: [['credential-sent', 'not-sure'], ['worked-before', 'not-sure']] }).map((r) => [r.key, r.probability]);
    expect(after).toEqual(before);
  });

  it('lowers a cause on a contradicting answer without removing it; impossible removes it', () => {
    const ranked = rankCauses(model, { status: 401, answers: [['credential-sent', 'yes'], ['worked-before', 'no']] });
    const expired = ranked.find((r) => r.cause.id === 'expired')!;
    const missing = ranked.find((r) => r.cause.id === 'missing')!;
    expect(expired.probability).toBeGreaterThan(0);
    expect(expired.probability).toBeLessThan(ranked[0]!.probability);
    expect(missing.probability).toBe(0);
  });

  it('uses the status code as evidence', () => {
    expect(top(403, [])).toBe('scope');
    expect(top(401, [['credential-sent', 'no']])).toBe('missing');
  });

  it('asks the most informative question first and skips questions that do not fit the status', () => {
    const step = nextQuestion(model, { status: 401, answers: [] });
    expect(step.done).toBe(false);
    if (!step.done) expect(step.question.id).toBe('credential-sent');
    const posterior = rankCauses(model, { status: 401, answers: [] });
    const p = causes.map((c) => posterior.find((r) => r.key === c.key)!.probability);
    expect(informationGain(model, p, questions[0]!)).toBeCloseTo(0, 10); // "colour" tells nothing
  });

  it('stops when the leader is clearly ahead', () => {
    const step = nextQuestion(model, { status: 401, answers: [['credential-sent', 'no']] });
    expect(step).toEqual({ done: true, reason: 'confident' });
  });

  it('is deterministic', () => {
    const ev = { status: 401, answers: [['credential-sent', 'yes']] as [string, string][] };
    expect(JSON.stringify(rankCauses(model, ev))).toBe(JSON.stringify(rankCauses(model, ev)));
    expect(JSON.stringify(nextQuestion(model, ev))).toBe(JSON.stringify(nextQuestion(model, ev)));
  });
});

describe('wizard URL state', () => {
  const ctx = { questions, statuses: new Set([401, 403]), causes: new Set(causes.map((c) => c.key)) };

  it('keeps answers in order and round-trips', () => {
    const { state, notes } = parseState('?status=401&worked-before=yes&credential-sent=not-sure&cause=e/expired', ctx);
    expect(notes).toEqual([]);
    expect(state).toEqual({ status: 401, answers: [['worked-before', 'yes'], ['credential-sent', 'not-sure']], cause: 'e/expired' });
    expect(serializeState(state)).toBe('?status=401&worked-before=yes&credential-sent=not-sure&cause=e/expired');
  });

  it('drops tracking parameters silently and notes everything else it ignores', () => {
    const { state, notes } = parseState('?utm_source=x&gclid=1&status=999&credential-sent=maybe&bogus=1&cause=nope/x', ctx);
    expect(state).toEqual({ status: null, answers: [], cause: null });
    expect(notes).toMatchInlineSnapshot(`
      [
        "Ignored status="999": not a 4xx status code this guide covers.",
        "Ignored credential-sent="maybe": "Sent?" has no such answer.",
        "Ignored unknown parameter "bogus".",
        "Ignored cause="nope/x": no such cause (expected "<entry>/<cause-id>").",
      ]
    `);
  });
});
