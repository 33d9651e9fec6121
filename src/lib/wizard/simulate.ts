// Used in Node (tests, scripts): plays the wizard against scripted users and scores the result.
// Framework-free: plain data in, plain data out.
import { nextQuestion, rankCauses, NOT_SURE, type Evidence, type Model, type NextStep } from './engine.ts';

/** A scripted user: what they saw, what they would answer, and the cause that was really behind it. */
export interface Scenario {
  id: string;
  /** The status code they got, or null when they would not know it. */
  status: number | null;
  /** question id → answer id, for every question this person could answer. Others get "not-sure". */
  answers: Record<string, string>;
  /** "<entry-slug>/<cause-id>" */
  expected: string;
}

/** Chooses the next question or stops: `nextQuestion`, `nextQuestionFixedOrder`, or a variant. */
export type Pick = (model: Model, ev: Evidence) => NextStep;

export interface SimulationResult {
  /** Cause keys, best first. */
  ranking: string[];
  /** Questions asked, "not sure" answers included. */
  asked: number;
  /** The evidence at the end, for reports. */
  evidence: Evidence;
}

/** Runs the wizard loop for one scenario until the pick function says it is done. */
export function simulate(model: Model, scenario: Scenario, pick: Pick = nextQuestion): SimulationResult {
  const ev: Evidence = { status: scenario.status, answers: [] };
  // Every question can be asked at most once, so this bound is never reached by a sane pick.
  for (let guard = 0; guard <= model.questions.length; guard++) {
    const step = pick(model, ev);
    if (step.done) break;
    const q = step.question.id;
    if (ev.answers.some(([asked]) => asked === q)) throw new Error(`question "${q}" was asked twice in scenario "${scenario.id}"`);
    ev.answers.push([q, scenario.answers[q] ?? NOT_SURE]);
  }
  return { ranking: rankCauses(model, ev).map((r) => r.key), asked: ev.answers.length, evidence: ev };
}

export interface Miss {
  id: string;
  expected: string;
  /** The top three keys the wizard ended with. */
  got: string[];
  /** 1-based rank of the expected cause (Infinity if absent). */
  rank: number;
}

export interface Evaluation {
  /** Share of scenarios whose expected cause ranked first, 0..1. */
  top1: number;
  /** Share of scenarios whose expected cause ranked in the first three, 0..1. */
  top3: number;
  /** Mean number of questions asked. */
  meanQuestions: number;
  /** Scenarios whose expected cause did not rank first. */
  misses: Miss[];
}

export function evaluate(model: Model, scenarios: readonly Scenario[], pick: Pick = nextQuestion): Evaluation {
  let top1 = 0;
  let top3 = 0;
  let asked = 0;
  const misses: Miss[] = [];
  for (const s of scenarios) {
    const r = simulate(model, s, pick);
    const i = r.ranking.indexOf(s.expected);
    asked += r.asked;
    if (i === 0) top1++;
    if (i >= 0 && i < 3) top3++;
    if (i !== 0) misses.push({ id: s.id, expected: s.expected, got: r.ranking.slice(0, 3), rank: i < 0 ? Infinity : i + 1 });
  }
  const n = scenarios.length || 1;
  return { top1: top1 / n, top3: top3 / n, meanQuestions: asked / n, misses };
}
