// Used in Node (build, CLI, tests): the data the paste analyzer needs, from validated content.
import type { Entry } from '../schemas/entry.ts';
import type { Question } from '../schemas/wizard.ts';
import { causeModels, questionModels } from './wizard/model-data.ts';
import type { PasteData } from './paste-diagnosis.ts';

export function pasteData(entries: readonly { slug: string; data: Entry }[], questions: readonly Question[]): PasteData {
  return {
    causes: causeModels(entries),
    questions: questionModels(questions),
    patterns: entries.flatMap(({ slug, data }) =>
      data.causes.flatMap((c) => c.patterns.map((p) => ({ key: `${slug}/${c.id}`, text: p.text, vendor: p.vendor, ...(p.header ? { header: p.header } : {}) }))),
    ),
  };
}
