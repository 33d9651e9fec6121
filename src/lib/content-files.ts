// Node only (reads the file system). Loads content/ the same way for the build, scripts and tests.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
// js-yaml: the parser Astro uses for frontmatter (same reading), and several times faster than `yaml`.
import { load as parseYaml } from 'js-yaml';
import {
  validateEntries,
  parseQuestions,
  parseVendors,
  type ParsedEntry,
  type Problem,
  type RawEntry,
} from './content-validation.ts';
import type { Question, Vendor } from '../schemas/wizard.ts';
import { lintContent } from './content-lint.ts';

export interface LoadedContent {
  entries: ParsedEntry[];
  questions: Question[];
  vendors: Vendor[];
  problems: Problem[];
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return m ? { frontmatter: m[1]!, body: m[2]! } : null;
}

function readYaml(path: string, file: string, problems: Problem[]): unknown {
  try {
    return parseYaml(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push({ file, field: '', message: `YAML does not parse: ${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

const memo = new Map<string, { stamp: string; value: LoadedContent }>();

/** Names, sizes and modification times of every file under content/: changes when content does. */
function contentStamp(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, ent.name);
      if (ent.isDirectory()) walk(full);
      else {
        const st = statSync(full);
        parts.push(`${full}:${st.size}:${st.mtimeMs}`);
      }
    }
  };
  walk(join(root, 'content'));
  return parts.join('|');
}

/** loadContent, reused while nothing under content/ has changed (the build reads it twice). */
export function loadContentCached(root: string): LoadedContent {
  const stamp = contentStamp(root);
  const hit = memo.get(root);
  if (hit && hit.stamp === stamp) return hit.value;
  const value = loadContent(root);
  memo.set(root, { stamp, value });
  return value;
}

export function loadContent(root: string): LoadedContent {
  const problems: Problem[] = [];
  const dir = join(root, 'content', 'errors');
  const raw: RawEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.mdx')) continue;
    const path = join(dir, name);
    const file = relative(root, path);
    const split = splitFrontmatter(readFileSync(path, 'utf8'));
    if (!split) {
      problems.push({ file, field: '', message: 'no frontmatter: start the file with a --- block of YAML' });
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(split.frontmatter);
    } catch (e) {
      const mark = (e as { mark?: { line: number; column: number } }).mark;
      const reason = (e as { reason?: string }).reason ?? (e as Error).message.split('\n')[0];
      const where = mark ? ` at line ${mark.line + 2}, column ${mark.column + 1}` : '';
      problems.push({ file, field: '', message: `frontmatter YAML does not parse${where}: ${reason} (quote values that contain ": " or start with a special character)` });
      raw.push({ file, slug: basename(name, '.mdx'), data: undefined, unreadable: true });
      continue;
    }
    raw.push({ file, slug: basename(name, '.mdx'), data });
  }

  const qPath = join(root, 'content', 'wizard', 'questions.yaml');
  const vPath = join(root, 'content', 'vendors.yaml');
  const q = existsSync(qPath)
    ? parseQuestions('content/wizard/questions.yaml', readYaml(qPath, 'content/wizard/questions.yaml', problems))
    : { questions: [], problems: [] };
  const v = existsSync(vPath)
    ? parseVendors('content/vendors.yaml', readYaml(vPath, 'content/vendors.yaml', problems))
    : { vendors: [], problems: [] };
  problems.push(...q.problems, ...v.problems);
  const checked = validateEntries(raw, q.questions, v.vendors);
  problems.push(...checked.problems);
  problems.push(...lintContent({ entries: checked.entries, files: contentFiles(root) }));
  return { entries: checked.entries, questions: q.questions, vendors: v.vendors, problems };
}

/** Every text file under content/, for the scans that read raw text. */
export function contentFiles(root: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, ent.name);
      if (ent.isDirectory()) walk(full);
      else if (/\.(mdx?|ya?ml|json|txt)$/.test(ent.name)) out.push({ file: relative(root, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, 'content'));
  return out;
}
