// Used in Node and the browser: the diagnosis engine. Pure functions over plain data, no DOM.
//
// Model: naive Bayes over causes. Each cause has a prior (its likelihood) and, for each question,
// a distribution over answers built from its signals: an answer's weight is the effect's weight
// (unlisted answers weigh 1), normalised over the question's answers. "Not sure" adds nothing.
// The next question is the one with the highest expected information gain about the cause.

export type Effect = 'confirms' | 'raises' | 'lowers' | 'contradicts' | 'impossible';

/** Relative weight of an answer for a cause, by the effect its signal declares. */
export const EFFECT_WEIGHT: Record<Effect, number> = {
  confirms: 12,
  raises: 3,
  lowers: 1 / 3,
  contradicts: 1 / 12,
  impossible: 0,
};

export const PRIOR: Record<'common' | 'occasional' | 'rare', number> = { common: 4, occasional: 2, rare: 1 };

/** Chance that a cause shows up with a status code it does not list (vendors bend the rules). */
export const OFF_CODE = 0.03;

export interface CauseModel {
  /** "<entry-slug>/<cause-id>" */
  key: string;
  entry: string;
  id: string;
  title: string;
  category: string;
  likelihood: keyof typeof PRIOR;
  codes: number[];
  signals: Record<string, Record<string, Effect>>;
}

export interface QuestionModel {
  id: string;
  prompt: string;
  answers: { id: string; label: string }[];
  whenStatus?: number[] | undefined;
}

export interface Evidence {
  /** The status code, when known. */
  status: number | null;
  /** Answers in the order given; "not-sure" is allowed and adds no evidence. */
  answers: [questionId: string, answerId: string][];
  /** Content patterns found in a pasted response: each names the cause it points to. */
  matches?: { key: string; text: string }[];
}

/** How much a cause's own vendor message, found in the response, outweighs everything else. */
export const MATCH_WEIGHT = 40;

export const NOT_SURE = 'not-sure';

export interface Ranked {
  key: string;
  cause: CauseModel;
  /** Posterior probability, 0..1. */
  probability: number;
  /** The answers that moved this cause, with the effect each had. */
  why: { question: string; answer: string; effect: Effect | 'status-match' | 'status-mismatch' | 'message-match' }[];
}

export interface Model {
  causes: CauseModel[];
  questions: QuestionModel[];
  /** question id → cause index → answer id → P(answer | cause) */
  likelihood: Map<string, Map<string, number>[]>;
  /** The same numbers laid out for speed: question id → one array per answer, indexed by cause. */
  dense: Map<string, Float64Array[]>;
}

export function buildModel(causes: CauseModel[], questions: QuestionModel[]): Model {
  const likelihood = new Map<string, Map<string, number>[]>();
  for (const q of questions) {
    likelihood.set(
      q.id,
      causes.map((c) => {
        const sig = c.signals[q.id] ?? {};
        const weights = q.answers.map((a) => {
          const e = sig[a.id];
          return e ? EFFECT_WEIGHT[e] : 1;
        });
        const total = weights.reduce((s, w) => s + w, 0) || 1;
        return new Map(q.answers.map((a, i) => [a.id, weights[i]! / total]));
      }),
    );
  }
  const dense = new Map<string, Float64Array[]>();
  for (const q of questions) {
    const table = likelihood.get(q.id)!;
    dense.set(q.id, q.answers.map((a) => Float64Array.from(causes, (_, i) => table[i]!.get(a.id)!)));
  }
  return { causes, questions, likelihood, dense };
}

function statusLikelihood(c: CauseModel, status: number | null): number {
  if (status === null) return 1;
  return c.codes.includes(status) ? 1 / c.codes.length : OFF_CODE;
}

/** Unnormalised log-free posterior weights for every cause. */
function weights(model: Model, ev: Evidence): number[] {
  return model.causes.map((c, i) => {
    let w = PRIOR[c.likelihood] * statusLikelihood(c, ev.status);
    for (const [q, a] of ev.answers) {
      if (a === NOT_SURE) continue;
      const p = model.likelihood.get(q)?.[i]?.get(a);
      if (p !== undefined) w *= p;
    }
    if (ev.matches?.some((m) => m.key === c.key)) w *= MATCH_WEIGHT;
    return w;
  });
}

function normalise(w: number[]): number[] {
  const total = w.reduce((s, x) => s + x, 0);
  return total > 0 ? w.map((x) => x / total) : w.map(() => 0);
}

/** Every cause with its probability, best first; ties keep content order (deterministic). */
export function rankCauses(model: Model, ev: Evidence): Ranked[] {
  const p = normalise(weights(model, ev));
  return model.causes
    .map((cause, i) => ({ key: cause.key, cause, probability: p[i]!, why: explain(cause, ev), i }))
    .sort((a, b) => b.probability - a.probability || a.i - b.i)
    .map(({ i: _i, ...r }) => r);
}

function explain(c: CauseModel, ev: Evidence): Ranked['why'] {
  const why: Ranked['why'] = [];
  if (ev.status !== null) {
    why.push({ question: 'status', answer: String(ev.status), effect: c.codes.includes(ev.status) ? 'status-match' : 'status-mismatch' });
  }
  for (const [q, a] of ev.answers) {
    const e = c.signals[q]?.[a];
    if (e) why.push({ question: q, answer: a, effect: e });
  }
  for (const m of ev.matches ?? []) if (m.key === c.key) why.push({ question: 'message', answer: m.text, effect: 'message-match' });
  return why;
}


/** Questions that make sense now: not yet answered, and allowed for the known status. */
export function eligibleQuestions(model: Model, ev: Evidence): QuestionModel[] {
  const asked = new Set(ev.answers.map(([q]) => q));
  return model.questions.filter(
    (q) => !asked.has(q.id) && (!q.whenStatus || (ev.status !== null && q.whenStatus.includes(ev.status))),
  );
}

/**
 * Expected reduction in entropy (bits) of the cause distribution from asking q. One pass per
 * answer and no allocation: with q_i = p_i·P(a|i) and P(a) = Σ q_i, the expected posterior
 * entropy is Σ_a [P(a)·log2 P(a) − Σ_i q_i·log2 q_i].
 */
export function informationGain(model: Model, posterior: ArrayLike<number>, q: QuestionModel): number {
  const columns = model.dense.get(q.id)!;
  const n = posterior.length;
  let h0 = 0;
  for (let i = 0; i < n; i++) {
    const p = posterior[i]!;
    if (p > 0) h0 -= p * Math.log2(p);
  }
  let expected = 0;
  for (const col of columns) {
    let pa = 0;
    let sumQLogQ = 0;
    for (let i = 0; i < n; i++) {
      const qv = posterior[i]! * col[i]!;
      if (qv > 0) {
        pa += qv;
        sumQLogQ += qv * Math.log2(qv);
      }
    }
    if (pa > 0) expected += pa * Math.log2(pa) - sumQLogQ;
  }
  return h0 - expected;
}

export interface StopRule {
  /** Stop once the leader has at least this probability… */
  confident: number;
  /** …and is at least this many times as likely as the runner-up. */
  lead: number;
  /** Stop when no question is expected to gain at least this many bits. */
  minGain: number;
  /** Never ask more than this many questions. */
  maxQuestions: number;
}

export const DEFAULT_STOP: StopRule = { confident: 0.6, lead: 3, minGain: 0.08, maxQuestions: 10 };

export type NextStep =
  | { done: false; question: QuestionModel; gain: number }
  | { done: true; reason: 'confident' | 'nothing-useful' | 'limit' };

/** The most informative next question, or why the wizard should stop. */
export function nextQuestion(model: Model, ev: Evidence, rule: StopRule = DEFAULT_STOP): NextStep {
  const posterior = normalise(weights(model, ev));
  const sorted = [...posterior].sort((a, b) => b - a);
  if (sorted[0]! >= rule.confident && sorted[0]! >= rule.lead * (sorted[1] ?? 0)) return { done: true, reason: 'confident' };
  if (ev.answers.length >= rule.maxQuestions) return { done: true, reason: 'limit' };
  let best: QuestionModel | undefined;
  let bestGain = -1;
  for (const q of eligibleQuestions(model, ev)) {
    const g = informationGain(model, posterior, q);
    if (g > bestGain + 1e-12) {
      best = q;
      bestGain = g;
    }
  }
  if (!best || bestGain < rule.minGain) return { done: true, reason: 'nothing-useful' };
  return { done: false, question: best, gain: bestGain };
}

/** The same stop rule, but questions in a fixed order: the baseline the engine must beat. */
export function nextQuestionFixedOrder(model: Model, ev: Evidence, rule: StopRule = DEFAULT_STOP): NextStep {
  const posterior = normalise(weights(model, ev));
  const sorted = [...posterior].sort((a, b) => b - a);
  if (sorted[0]! >= rule.confident && sorted[0]! >= rule.lead * (sorted[1] ?? 0)) return { done: true, reason: 'confident' };
  if (ev.answers.length >= rule.maxQuestions) return { done: true, reason: 'limit' };
  const q = eligibleQuestions(model, ev)[0];
  return q ? { done: false, question: q, gain: informationGain(model, posterior, q) } : { done: true, reason: 'nothing-useful' };
}
