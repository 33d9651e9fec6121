// The only module that calls getCollection(); every list the pages need is derived here.
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
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

export async function entryMap(): Promise<Map<string, ErrorEntry>> {
  return new Map((await allEntries()).map((e) => [e.id, e]));
}

export async function statusEntries() {
  return (await allEntries()).filter((e) => e.data.kind === 'status');
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
