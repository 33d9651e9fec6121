// Node only (bench): how long the wizard engine takes to pick the next question on a catalogue.
import { buildModel, nextQuestion, NOT_SURE, type Evidence } from '../../src/lib/wizard/engine.ts';
import { causeModels, questionModels } from '../../src/lib/wizard/model-data.ts';
import type { LoadedContent } from '../../src/lib/content-files.ts';
import { median } from './dist-metrics.ts';
import { Rng, hashString } from './prng.ts';

export interface WizardTiming {
  causes: number;
  questions: number;
  calls: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  buildModelMs: number;
}

/** Median time of `nextQuestion` over `calls` random evidences (a status or none, 0–4 answers). */
export function timeNextQuestion(content: LoadedContent, calls = 300, seed = 'kb-bench-wizard'): WizardTiming {
  const t0 = performance.now();
  const model = buildModel(causeModels(content.entries), questionModels(content.questions));
  const buildModelMs = performance.now() - t0;
  const rng = new Rng(hashString(seed));
  const codes = [...new Set(model.causes.flatMap((c) => c.codes))];
  const evidence = (): Evidence => {
    const qs = rng.sample(model.questions, rng.int(0, 4));
    return {
      status: rng.chance(0.8) ? rng.pick(codes) : null,
      answers: qs.map((q) => [q.id, rng.chance(0.15) ? NOT_SURE : rng.pick(q.answers).id] as [string, string]),
    };
  };
  // Warm up the JIT so the median reflects steady state, as in a page that already ran once.
  for (let i = 0; i < 20; i++) nextQuestion(model, evidence());
  const times: number[] = [];
  let sink = 0;
  for (let i = 0; i < calls; i++) {
    const ev = evidence();
    const t = performance.now();
    const r = nextQuestion(model, ev);
    times.push(performance.now() - t);
    if (!r.done) sink += r.gain;
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  const sorted = [...times].sort((a, b) => a - b);
  return {
    causes: model.causes.length,
    questions: model.questions.length,
    calls,
    medianMs: median(times),
    p90Ms: sorted[Math.floor(sorted.length * 0.9)]!,
    maxMs: sorted[sorted.length - 1]!,
    buildModelMs,
  };
}
