// Used in Node (build, scripts, tests). Framework-free: takes parsed content, returns problems.
// One module for every rule that a single file's schema cannot see.
import type { z } from 'zod';
import { entrySchema, type Entry } from '../schemas/entry.ts';
import { questionsFileSchema, vendorsFileSchema, type Question, type Vendor } from '../schemas/wizard.ts';
import { IANA_4XX, isRegistered } from './iana-registry.ts';

export interface Problem {
  /** Path of the file, relative to the repository root. */
  file: string;
  /** Dotted path of the field, e.g. "causes[2].category"; "" for the file as a whole. */
  field: string;
  /** What is wrong and what to do. */
  message: string;
}

export interface RawEntry {
  file: string;
  slug: string;
  data: unknown;
  /** The file could not be read as frontmatter (already reported); its slug still counts as taken. */
  unreadable?: boolean;
}

export interface ParsedEntry {
  file: string;
  slug: string;
  data: Entry;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function issuesToProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove them or check the spelling against src/schemas/`;
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      message = `required field is missing (expected ${issue.expected})`;
    } else if ('input' in issue && issue.input !== undefined && (typeof issue.input !== 'object' || issue.input === null)) {
      message = `${message} (got ${JSON.stringify(issue.input)})`;
    }
    return { file, field: fieldPath(issue.path), message };
  });
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file}${p.field ? ` → ${p.field}` : ''}: ${p.message}`).join('\n');
}

export function parseEntries(raw: readonly RawEntry[]): { entries: ParsedEntry[]; problems: Problem[] } {
  const entries: ParsedEntry[] = [];
  const problems: Problem[] = [];
  for (const r of raw) {
    if (r.unreadable) continue;
    const result = entrySchema.safeParse(r.data, { reportInput: true });
    if (result.success) entries.push({ file: r.file, slug: r.slug, data: result.data });
    else problems.push(...issuesToProblems(r.file, result.error));
  }
  return { entries, problems };
}

export function parseQuestions(file: string, data: unknown): { questions: Question[]; problems: Problem[] } {
  const r = questionsFileSchema.safeParse(data);
  if (!r.success) return { questions: [], problems: issuesToProblems(file, r.error) };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  r.data.questions.forEach((q, i) => {
    if (seen.has(q.id)) problems.push({ file, field: `questions[${i}].id`, message: `duplicate question id "${q.id}": ids must be unique` });
    seen.add(q.id);
    const answers = new Set<string>();
    q.answers.forEach((a, j) => {
      if (a.id === 'not-sure') problems.push({ file, field: `questions[${i}].answers[${j}].id`, message: '"not-sure" is added by the wizard; remove it' });
      if (answers.has(a.id)) problems.push({ file, field: `questions[${i}].answers[${j}].id`, message: `duplicate answer id "${a.id}" in question "${q.id}"` });
      answers.add(a.id);
    });
  });
  return { questions: r.data.questions, problems };
}

export function parseVendors(file: string, data: unknown): { vendors: Vendor[]; problems: Problem[] } {
  const r = vendorsFileSchema.safeParse(data);
  if (!r.success) return { vendors: [], problems: issuesToProblems(file, r.error) };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  r.data.vendors.forEach((v, i) => {
    if (seen.has(v.id)) problems.push({ file, field: `vendors[${i}].id`, message: `duplicate vendor id "${v.id}"` });
    seen.add(v.id);
  });
  return { vendors: r.data.vendors, problems };
}

const quote = (s: string) => `"${s}"`;

/** Rules that span files. Returns every problem found, never throws. */
export function crossCheck(
  entries: readonly ParsedEntry[],
  questions: readonly Question[],
  vendors: readonly Vendor[],
  /** Slugs of every entry file, including those that failed their schema, so one bad file does not cascade. */
  allSlugs: ReadonlySet<string> = new Set(entries.map((e) => e.slug)),
): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const aliasOwner = new Map<string, string>();
  const statusByCode = new Map<number, string>();
  const questionIndex = new Map(questions.map((q) => [q.id, new Set(q.answers.map((a) => a.id))]));
  const vendorIds = new Set(vendors.map((v) => v.id));

  for (const { file, slug, data } of entries) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      add(file, '', `file name gives the slug ${quote(slug)}, which is not kebab-case: rename the file`);
    }
    data.related.forEach((r, i) => {
      if (r === slug) add(file, `related[${i}]`, `an entry cannot be related to itself: remove ${quote(r)}`);
      else if (!allSlugs.has(r)) {
        const target = aliasTarget(entries, r);
        add(file, `related[${i}]`, target
          ? `${quote(r)} is an old alias of ${quote(target)}: link to ${quote(target)} instead`
          : `no entry has the slug ${quote(r)}: use the file name of an entry in content/errors/ (without .mdx)`);
      }
    });
    data.aliases.forEach((a, i) => {
      if (allSlugs.has(a)) add(file, `aliases[${i}]`, `alias ${quote(a)} is the slug of a live entry (content/errors/${a}.mdx): an alias must be a retired slug`);
      const prev = aliasOwner.get(a);
      if (prev) add(file, `aliases[${i}]`, `alias ${quote(a)} is already claimed by ${prev}: each old slug can point to one entry only`);
      else aliasOwner.set(a, file);
    });

    const stepIds = new Set<string>();
    data.steps.forEach((s, i) => {
      if (stepIds.has(s.id)) add(file, `steps[${i}].id`, `duplicate step id ${quote(s.id)}: step ids must be unique in an entry`);
      stepIds.add(s.id);
    });
    const causeIds = new Set<string>();
    data.causes.forEach((c, i) => {
      if (causeIds.has(c.id)) add(file, `causes[${i}].id`, `duplicate cause id ${quote(c.id)}: cause ids must be unique in an entry`);
      if (stepIds.has(c.id)) add(file, `causes[${i}].id`, `cause id ${quote(c.id)} is also a step id: anchors on the page would clash`);
      causeIds.add(c.id);
    });
    const causeAliases = new Set<string>();
    data.causes.forEach((c, i) => {
      c.steps.forEach((s, j) => {
        if (!stepIds.has(s)) add(file, `causes[${i}].steps[${j}]`, `cause ${quote(c.id)} names step ${quote(s)}, which is not in this entry's steps: add it or fix the id`);
      });
      c.aliases.forEach((a, j) => {
        if (causeIds.has(a)) add(file, `causes[${i}].aliases[${j}]`, `cause alias ${quote(a)} is a live cause id in this entry`);
        if (causeAliases.has(a)) add(file, `causes[${i}].aliases[${j}]`, `cause alias ${quote(a)} is used twice in this entry`);
        causeAliases.add(a);
      });
      (c.codes ?? []).forEach((code, j) => {
        if (!data.codes.includes(code)) add(file, `causes[${i}].codes[${j}]`, `code ${code} is not in the entry's codes [${data.codes.join(', ')}]: add it there or remove it here`);
      });
      for (const [q, answers] of Object.entries(c.signals)) {
        const known = questionIndex.get(q);
        if (!known) {
          add(file, `causes[${i}].signals.${q}`, `no wizard question has the id ${quote(q)}: see content/wizard/questions.yaml`);
          continue;
        }
        for (const a of Object.keys(answers)) {
          if (!known.has(a)) add(file, `causes[${i}].signals.${q}.${a}`, `question ${quote(q)} has no answer ${quote(a)}; its answers are: ${[...known].join(', ')}`);
        }
      }
      c.patterns.forEach((p, j) => {
        if (!vendorIds.has(p.vendor)) add(file, `causes[${i}].patterns[${j}].vendor`, `unknown vendor ${quote(p.vendor)}: add it to content/vendors.yaml or use one of: ${[...vendorIds].join(', ')}`);
      });
    });

    if (data.kind === 'status') {
      if (slug !== String(data.code)) add(file, 'code', `a status entry's file must be named after its code: rename to content/errors/${data.code}.mdx`);
      if (data.codes[0] !== data.code) add(file, 'codes', `a status entry lists its own code first: codes should start with ${data.code}`);
      const prev = statusByCode.get(data.code);
      if (prev) add(file, 'code', `two status entries for ${data.code}: ${prev} and ${file}; keep one and give the other's uses an "origins" section`);
      statusByCode.set(data.code, file);
      const registered = IANA_4XX[data.code];
      if (data.standard) {
        if (!isRegistered(data.code)) add(file, 'standard', `${data.code} is not in the IANA registry: set standard: false and describe its origins`);
        else if (data.reasonPhrase !== registered) add(file, 'reasonPhrase', `the IANA registry's reason phrase for ${data.code} is ${quote(registered!)}, not ${quote(String(data.reasonPhrase))}`);
        if (!data.spec) add(file, 'spec', 'a standard code needs its defining spec section, e.g. { title: "RFC 9110, Section 15.5.2", url: … }');
      } else {
        if (isRegistered(data.code)) add(file, 'standard', `${data.code} is registered by IANA as ${quote(registered!)}: set standard: true and reasonPhrase: ${quote(registered!)}`);
        if (data.reasonPhrase !== null) add(file, 'reasonPhrase', 'a non-standard code has no registry reason phrase: set reasonPhrase: null and give each origin a label');
        if (data.origins.length === 0) add(file, 'origins', 'a non-standard code must say where it comes from: add at least one entry to origins');
      }
    } else if (data.causes.length < 2) {
      add(file, 'causes', 'a problem entry needs at least two causes (group causes that share a symptom)');
    }
  }
  return problems;
}

function aliasTarget(entries: readonly ParsedEntry[], alias: string): string | undefined {
  return entries.find((e) => e.data.aliases.includes(alias))?.slug;
}

/** Schema and cross-file rules over every entry file. */
export function validateEntries(
  raw: readonly RawEntry[],
  questions: readonly Question[],
  vendors: readonly Vendor[],
): { entries: ParsedEntry[]; problems: Problem[] } {
  const parsed = parseEntries(raw);
  const all = new Set(raw.map((r) => r.slug));
  // A file that fails its schema still gets its related slugs checked, so one run shows everything.
  const valid = new Set(parsed.entries.map((e) => e.slug));
  const extra: Problem[] = [];
  for (const r of raw) {
    const related = (r.data as { related?: unknown } | null)?.related;
    if (valid.has(r.slug) || !Array.isArray(related)) continue;
    related.forEach((slug, i) => {
      if (typeof slug === 'string' && !all.has(slug)) extra.push({ file: r.file, field: `related[${i}]`, message: `no entry has the slug ${quote(slug)}: use the file name of an entry in content/errors/ (without .mdx)` });
    });
  }
  return { entries: parsed.entries, problems: [...parsed.problems, ...extra, ...crossCheck(parsed.entries, questions, vendors, all)] };
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}). Fix these and build again:\n${formatProblems(problems)}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
