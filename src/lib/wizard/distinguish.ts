// Used in Node (scripts, tests): finds causes that no combination of answers can put first.
// Framework-free: plain data in, plain data out.
import { rankCauses, NOT_SURE, type Evidence, type Model } from './engine.ts';

export interface Witness {
  /** The status code tried. */
  status: number;
  /** One answer per question that applies to that status ("not-sure" where no answer helps). */
  answers: [questionId: string, answerId: string][];
  /** The cause's posterior under these answers. */
  probability: number;
}

export interface Distinguishability {
  key: string;
  /** Answers under which the cause ranks strictly first, or null when the search found none. */
  witness: Witness | null;
  /** When no witness: the cause's best share, and which cause beat it there. */
  best?: { status: number; probability: number; leader: string };
}

export interface DistinguishOptions {
  /** Passes of coordinate ascent over the questions. Default 4. */
  passes?: number;
}

function share(model: Model, ev: Evidence, key: string): { probability: number; first: boolean; leader: string } {
  const ranked = rankCauses(model, ev);
  const mine = ranked.find((r) => r.key === key)!;
  const rival = ranked.find((r) => r.key !== key);
  return {
    probability: mine.probability,
    // Strictly first: a tie broken only by content order does not count.
    first: rival === undefined || mine.probability > rival.probability,
    leader: ranked[0]!.key === key ? (rival?.key ?? key) : ranked[0]!.key,
  };
}

/**
 * For one cause: for each of its status codes, greedy coordinate ascent over the questions that
 * apply to that status, choosing per question the answer (or "not sure") that maximises the
 * cause's posterior share. Returns the first answer set under which the cause ranks strictly first.
 */
export function findWitness(model: Model, key: string, options: DistinguishOptions = {}): Distinguishability {
  const passes = options.passes ?? 4;
  const cause = model.causes.find((c) => c.key === key);
  if (!cause) throw new Error(`unknown cause "${key}"`);
  let best: Distinguishability['best'];
  for (const status of cause.codes) {
    const questions = model.questions.filter((q) => !q.whenStatus || q.whenStatus.includes(status));
    const chosen = new Map<string, string>(questions.map((q) => [q.id, NOT_SURE]));
    const evidence = (): Evidence => ({ status, answers: [...chosen] });
    let current = share(model, evidence(), key).probability;
    for (let pass = 0; pass < passes; pass++) {
      let changed = false;
      for (const q of questions) {
        for (const a of [NOT_SURE, ...q.answers.map((x) => x.id)]) {
          const before = chosen.get(q.id)!;
          if (a === before) continue;
          chosen.set(q.id, a);
          const p = share(model, evidence(), key).probability;
          if (p > current + 1e-12) {
            current = p;
            changed = true;
          } else {
            chosen.set(q.id, before);
          }
        }
      }
      if (!changed) break;
    }
    const s = share(model, evidence(), key);
    if (s.first) return { key, witness: { status, answers: [...chosen].filter(([, a]) => a !== NOT_SURE), probability: s.probability } };
    if (!best || s.probability > best.probability) best = { status, probability: s.probability, leader: s.leader };
  }
  return best ? { key, witness: null, best } : { key, witness: null };
}

/** Every cause that no answer set found by the search puts strictly first. Empty means all are distinguishable. */
export function indistinguishableCauses(model: Model, options: DistinguishOptions = {}): Distinguishability[] {
  return model.causes.map((c) => findWitness(model, c.key, options)).filter((d) => d.witness === null);
}
