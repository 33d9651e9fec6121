// Used in Node (scripts, tests): finds causes that no combination of answers can put first.
// Framework-free: plain data in, plain data out.
import { rankCauses, NOT_SURE, OFF_CODE, PRIOR, type Evidence, type Model } from './engine.ts';

export interface Witness {
  /** The status code tried. */
  status: number;
  /** One answer per question that applies to that status; questions where "not sure" did best are left out. */
  answers: [questionId: string, answerId: string][];
  /** The cause's posterior under these answers. */
  probability: number;
}

export interface Distinguishability {
  key: string;
  /** Answers under which the cause ranks strictly first, or null when the search found none. */
  witness: Witness | null;
  /** When no witness: the cause's best share, and the cause that stayed ahead there. */
  best?: { status: number; probability: number; leader: string };
}

export interface DistinguishOptions {
  /** Passes of coordinate ascent over the questions. Default 4. */
  passes?: number;
}

/**
 * For one cause: for each of its status codes, greedy coordinate ascent over the questions that
 * apply to that status, choosing per question the answer (or "not sure") that maximises the
 * cause's posterior share. The result is checked with the engine's own ranking: a witness is an
 * answer set under which the cause ranks strictly first (a tie broken by content order does not count).
 */
export function findWitness(model: Model, key: string, options: DistinguishOptions = {}): Distinguishability {
  const passes = options.passes ?? 4;
  const target = model.causes.findIndex((c) => c.key === key);
  if (target < 0) throw new Error(`unknown cause "${key}"`);
  const n = model.causes.length;
  let best: Distinguishability['best'];

  for (const status of model.causes[target]!.codes) {
    const questions = model.questions.filter((q) => !q.whenStatus || q.whenStatus.includes(status));
    // factor[qi][i]: how the chosen answer to question qi weighs cause i (1 for "not sure").
    const factor = questions.map(() => new Array<number>(n).fill(1));
    const chosen = questions.map(() => NOT_SURE);
    const base = model.causes.map((c) => PRIOR[c.likelihood] * (c.codes.includes(status) ? 1 / c.codes.length : OFF_CODE));
    const share = (w: number[]) => {
      const total = w.reduce((s, x) => s + x, 0);
      return total > 0 ? w[target]! / total : 0;
    };

    for (let pass = 0; pass < passes; pass++) {
      let changed = false;
      questions.forEach((q, qi) => {
        // Weights of every cause from all other answers, so each candidate answer costs one pass over the causes.
        const others = base.map((b, i) => factor.reduce((p, f, fi) => (fi === qi ? p : p * f[i]!), b));
        const table = model.likelihood.get(q.id)!;
        let bestAnswer = chosen[qi]!;
        let bestShare = share(others.map((w, i) => w * factor[qi]![i]!));
        for (const a of [NOT_SURE, ...q.answers.map((x) => x.id)]) {
          if (a === chosen[qi]) continue;
          const s = share(others.map((w, i) => (a === NOT_SURE ? w : w * table[i]!.get(a)!)));
          if (s > bestShare + 1e-12) {
            bestShare = s;
            bestAnswer = a;
          }
        }
        if (bestAnswer !== chosen[qi]) {
          chosen[qi] = bestAnswer;
          factor[qi] = model.causes.map((_, i) => (bestAnswer === NOT_SURE ? 1 : table[i]!.get(bestAnswer)!));
          changed = true;
        }
      });
      if (!changed) break;
    }

    const answers = questions.flatMap((q, qi): [string, string][] => (chosen[qi] === NOT_SURE ? [] : [[q.id, chosen[qi]!]]));
    const ev: Evidence = { status, answers };
    const ranked = rankCauses(model, ev);
    const mine = ranked.find((r) => r.key === key)!;
    const rival = ranked.find((r) => r.key !== key);
    if (rival === undefined || mine.probability > rival.probability) {
      return { key, witness: { status, answers, probability: mine.probability } };
    }
    if (!best || mine.probability > best.probability) best = { status, probability: mine.probability, leader: ranked[0]!.key };
  }
  return best ? { key, witness: null, best } : { key, witness: null };
}

/** Every cause that no answer set found by the search puts strictly first. Empty means all are distinguishable. */
export function indistinguishableCauses(model: Model, options: DistinguishOptions = {}): Distinguishability[] {
  return model.causes.map((c) => findWitness(model, c.key, options)).filter((d) => d.witness === null);
}
