// The only module that calls getCollection(); every list the pages need is derived here.
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// js-yaml: the parser Astro uses for frontmatter (same reading), and several times faster than `yaml`.
import { load as parseYaml } from 'js-yaml';
import { questionsFileSchema, vendorsFileSchema } from '../schemas/wizard.ts';

export type ErrorEntry = CollectionEntry<'errors'>;

const bySlug = (a: ErrorEntry, b: ErrorEntry) => a.id.localeCompare(b.id);

let cache: ErrorEntry[] | undefined;
/** Status entries by code, then problem entries by title. */
export async function allEntries(): Promise<ErrorEntry[]> {
  if (cache) return cache;
  const list = await getCollection('errors');
  const status = list.filter((e) => e.data.kind === 'status').sort((a, b) => a.data.codes[0]! - b.data.codes[0]! || bySlug(a, b));
  const problems = list.filter((e) => e.data.kind === 'problem').sort((a, b) => a.data.title.localeCompare(b.data.title));
  cache = [...status, ...problems];
  return cache;
}

let mapCache: Map<string, ErrorEntry> | undefined;
export async function entryMap(): Promise<Map<string, ErrorEntry>> {
  mapCache ??= new Map((await allEntries()).map((e) => [e.id, e]));
  return mapCache;
}

let statusCache: ErrorEntry[] | undefined;
export async function statusEntries() {
  statusCache ??= (await allEntries()).filter((e) => e.data.kind === 'status');
  return statusCache;
}

export async function problemEntries() {
  return (await allEntries()).filter((e) => e.data.kind === 'problem');
}

/** Problem entries that return this code. */
export async function problemsForCode(code: number) {
  return (await problemEntries()).filter((e) => e.data.codes.includes(code));
}

export async function statusSlugForCode(code: number): Promise<string | undefined> {
  return (await statusEntries()).find((e) => e.data.kind === 'status' && e.data.code === code)?.id;
}

/** Related entries in the order the author gave them. */
export async function relatedOf(entry: ErrorEntry) {
  const map = await entryMap();
  return entry.data.related.map((s) => map.get(s)).filter((e): e is ErrorEntry => e !== undefined);
}

export async function tagIndex(): Promise<Map<string, ErrorEntry[]>> {
  const index = new Map<string, ErrorEntry[]>();
  for (const e of await allEntries()) {
    for (const t of e.data.tags) index.set(t, [...(index.get(t) ?? []), e]);
  }
  return new Map([...index].sort(([a], [b]) => a.localeCompare(b)));
}

/** Codes that come first on the home page: the authentication family. */
export const AUTH_CODES = [401, 403, 407, 429, 419, 440, 498, 499, 400, 404, 405, 415];

function readYaml(rel: string): unknown {
  return parseYaml(readFileSync(join(process.cwd(), 'content', rel), 'utf8'));
}

export function wizardQuestions() {
  return questionsFileSchema.parse(readYaml('wizard/questions.yaml')).questions;
}

export function vendors() {
  return vendorsFileSchema.parse(readYaml('vendors.yaml')).vendors;
}

export interface VendorMessage {
  text: string;
  header: string | undefined;
  source: string;
  entry: ErrorEntry;
  causeId: string;
  causeTitle: string;
}

/** Vendors that appear in patterns, each with its messages and the causes they point to. */
export async function vendorIndex() {
  const byVendor = new Map<string, VendorMessage[]>();
  for (const entry of await allEntries()) {
    for (const c of entry.data.causes) {
      for (const p of c.patterns) {
        const list = byVendor.get(p.vendor) ?? [];
        list.push({ text: p.text, header: p.header, source: p.source, entry, causeId: c.id, causeTitle: c.title });
        byVendor.set(p.vendor, list);
      }
    }
  }
  return vendors()
    .filter((v) => byVendor.has(v.id))
    .map((v) => ({ vendor: v, messages: byVendor.get(v.id)!.sort((a, b) => a.text.localeCompare(b.text)) }));
}

/** Everything the wizard needs in the browser, small: no step bodies (fetched on demand). */
export async function wizardPayload() {
  const { causeModels, questionModels } = await import('../lib/wizard/model-data.ts');
  const { md } = await import('../lib/markdown.ts');
  const entries = await allEntries();
  const qs = wizardQuestions();
  const statusTitles: Record<string, string> = {};
  for (const e of entries) if (e.data.kind === 'status') statusTitles[e.data.code] = e.data.title;
  const causes = causeModels(entries.map((e) => ({ slug: e.id, data: e.data })));
  const codes = [...new Set(causes.flatMap((c) => c.codes))].sort((a, b) => a - b);
  return {
    questions: questionModels(qs),
    help: Object.fromEntries(qs.map((q) => [q.id, md(q.help)])),
    causes,
    statuses: codes.map((c) => ({ code: c, title: statusTitles[c] ?? String(c) })),
    entries: Object.fromEntries(entries.map((e) => [e.id, { title: e.data.title, related: e.data.related }])),
  };
}

/** What the paste analyzer needs in the browser: causes, questions, patterns, entry titles. */
export async function analyzerPayload() {
  const { pasteData } = await import('../lib/paste-data.ts');
  const entries = await allEntries();
  const data = pasteData(entries.map((e) => ({ slug: e.id, data: e.data })), wizardQuestions());
  return { ...data, entries: Object.fromEntries(entries.map((e) => [e.id, e.data.title])) };
}
