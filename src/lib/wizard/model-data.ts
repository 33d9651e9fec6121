// Used in Node (build, scripts, tests): turns validated content into the engine's plain data.
import type { Entry } from '../../schemas/entry.ts';
import type { Question } from '../../schemas/wizard.ts';
import type { CauseModel, QuestionModel } from './engine.ts';

export function causeModels(entries: readonly { slug: string; data: Entry }[]): CauseModel[] {
  return entries.flatMap(({ slug, data }) =>
    data.causes.map((c) => ({
      key: `${slug}/${c.id}`,
      entry: slug,
      id: c.id,
      title: c.title,
      category: c.category,
      likelihood: c.likelihood,
      codes: c.codes ?? data.codes,
      signals: c.signals,
    })),
  );
}

export function questionModels(questions: readonly Question[]): QuestionModel[] {
  return questions.map((q) => ({ id: q.id, prompt: q.prompt, answers: q.answers, ...(q.whenStatus ? { whenStatus: q.whenStatus } : {}) }));
}
