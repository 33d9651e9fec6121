// Used in Node and the browser: matches content patterns (literal vendor messages, error codes and
// header values from causes' `patterns`) against a pasted response. Matching is literal,
// case-insensitive and whitespace-folded (String.prototype.includes on normalised text); no
// regular expression is ever built from content.
import type { ParsedResponse } from './parse.ts';

export interface PatternLike {
  /** The literal text, e.g. "Invalid API Key provided" or 'error="invalid_token"'. */
  text: string;
  /** When set, the pattern is looked for in this response header (if the response has it). */
  header?: string | undefined;
  /** Returned when the pattern matches, e.g. "api-key-rejected/key-invalid". */
  id: string;
}

/** Lower-case, fold every whitespace run to a single space, trim. */
export function normalizeForMatch(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

function haystack(input: ParsedResponse | string): string {
  if (typeof input === 'string') return normalizeForMatch(input);
  // The raw paste, plus the decoded forms: HTML reduced to text, JSON strings unescaped.
  return normalizeForMatch([input.raw, input.body.text, ...input.body.messages, ...input.body.errorCodes].join('\n'));
}

/**
 * Ids of the patterns found in `input`, in pattern order, without duplicates. Header patterns
 * are matched against that header's value when the response has the header, else against the
 * whole text.
 */
export function matchPatterns(input: ParsedResponse | string, patterns: readonly PatternLike[]): string[] {
  const all = haystack(input);
  const headers = typeof input === 'string' ? null : input.headers;
  const headerCache = new Map<string, string>();
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of patterns) {
    if (seen.has(p.id)) continue;
    const needle = normalizeForMatch(p.text);
    if (needle.length === 0) continue;
    let hay = all;
    if (p.header !== undefined && headers !== null) {
      const name = p.header.toLowerCase();
      const value = headers[name];
      if (value !== undefined) {
        let norm = headerCache.get(name);
        if (norm === undefined) {
          norm = normalizeForMatch(value);
          headerCache.set(name, norm);
        }
        hay = norm;
      }
    }
    if (hay.includes(needle)) {
      seen.add(p.id);
      out.push(p.id);
    }
  }
  return out;
}
