// Used in Node and the browser: from a pasted response to ranked causes. The analyzer reads the
// paste (redacting secrets first); its recognized answers and the content patterns it finds become
// evidence for the wizard's engine. Adding an entry with patterns extends this without code.
import { analyze, normalizeForMatch, type AnalysisResult } from './analyzer/index.ts';
import { buildModel, rankCauses, type CauseModel, type Evidence, type Model, type QuestionModel, type Ranked } from './wizard/engine.ts';

export interface PastePattern {
  /** "<entry>/<cause>" the pattern belongs to. */
  key: string;
  text: string;
  header?: string | undefined;
  vendor: string;
}

export interface PasteData {
  causes: CauseModel[];
  questions: QuestionModel[];
  patterns: PastePattern[];
}

export interface PasteDiagnosis {
  analysis: AnalysisResult;
  evidence: Evidence;
  /** Matched patterns after dropping those contained in a longer match. */
  matched: PastePattern[];
  vendors: string[];
  ranked: Ranked[];
  /** False when the paste gave no status, no answer and no known message: the ranking is only priors. */
  informative: boolean;
}

export function pasteModel(data: PasteData): Model {
  return buildModel(data.causes, data.questions);
}

/** Keeps the most specific matches: a match whose text lies inside a longer match's text goes. */
export function mostSpecific(found: readonly PastePattern[]): PastePattern[] {
  const norm = found.map((p) => normalizeForMatch(p.text));
  return found.filter((_, i) => !norm.some((other, j) => j !== i && other.length > norm[i]!.length && other.includes(norm[i]!)));
}

export function diagnosePaste(input: string, now: Date, data: PasteData, model: Model = pasteModel(data)): PasteDiagnosis {
  const analysis = analyze(input, now, { patterns: data.patterns.map((p, i) => ({ id: String(i), text: p.text, header: p.header })) });
  const seen = new Set<string>();
  const matched = mostSpecific(analysis.patternMatches.map((id) => data.patterns[Number(id)]!).filter(Boolean)).filter((p) => {
    const k = `${p.key}\n${normalizeForMatch(p.text)}`;
    return !seen.has(k) && (seen.add(k), true);
  });
  const known = new Map(data.questions.map((q) => [q.id, new Set(q.answers.map((a) => a.id))]));
  const answers = Object.entries(analysis.evidence.answers).filter(([q, a]) => known.get(q)?.has(a)) as [string, string][];
  const status = analysis.evidence.status ?? analysis.status;
  const evidence: Evidence = { status, answers, matches: matched.map((m) => ({ key: m.key, text: m.text })) };
  return {
    analysis,
    evidence,
    matched,
    vendors: [...new Set(matched.map((m) => m.vendor))],
    ranked: rankCauses(model, evidence),
    informative: status !== null || answers.length > 0 || matched.length > 0,
  };
}
