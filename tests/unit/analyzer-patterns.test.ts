import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '../../src/lib/analyzer/index.ts';
import { parseResponse } from '../../src/lib/analyzer/parse.ts';
import { matchPatterns, normalizeForMatch, type PatternLike } from '../../src/lib/analyzer/patterns.ts';
import { loadResponseFixtures } from './analyzer-fixtures.ts';

const NOW = new Date('2025-01-01T00:00:00Z');

describe('normalizeForMatch', () => {
  it('lower-cases, folds whitespace runs and trims', () => {
    expect(normalizeForMatch('  Invalid   API\tKey\r\n provided ')).toBe('invalid api key provided');
    expect(normalizeForMatch('\u00a0A\u2003B\u00a0')).toBe('a b');
    expect(normalizeForMatch('')).toBe('');
  });
});

describe('matchPatterns', () => {
  const patterns: PatternLike[] = [
    { id: 'stripe-invalid', text: 'Invalid API Key provided' },
    { id: 'rfc-invalid-token', text: 'error="invalid_token"', header: 'WWW-Authenticate' },
    { id: 'regex-looking', text: 'a.b*c(d)' },
    { id: 'amzn', text: 'ForbiddenException', header: 'x-amzn-ErrorType' },
  ];

  it('matches literally, case-insensitively and across folded whitespace', () => {
    expect(matchPatterns('{"message":"INVALID  API\n key provided: sk_test_****"}', patterns)).toEqual(['stripe-invalid']);
    expect(matchPatterns('text with a.b*c(d) inside', patterns)).toEqual(['regex-looking']);
    expect(matchPatterns('text with aXbbbc(d) inside', patterns)).toEqual([]);
  });

  it('matches header patterns against that header when present, else against the whole text', () => {
    const withHeader = parseResponse('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\n', NOW);
    expect(matchPatterns(withHeader, patterns)).toEqual(['rfc-invalid-token']);
    const elsewhere = parseResponse('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="x"\nX-Note: error="invalid_token"\n\n', NOW);
    expect(matchPatterns(elsewhere, patterns)).toEqual([]);
    expect(matchPatterns('error="invalid_token" in a log line', patterns)).toEqual(['rfc-invalid-token']);
  });

  it('searches decoded bodies (HTML entities, JSON escapes) and returns each id once, in pattern order', () => {
    const html = parseResponse('HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<p>Invalid&nbsp;API Key provided</p>', NOW);
    expect(matchPatterns(html, patterns)).toEqual(['stripe-invalid']);
    const escaped = parseResponse('{"message":"Invalid API Key \\u0070rovided"}', NOW);
    expect(matchPatterns(escaped, patterns)).toEqual(['stripe-invalid']);
    const dup = [...patterns, { id: 'stripe-invalid', text: 'api key' }];
    expect(matchPatterns('Invalid API Key provided', dup)).toEqual(['stripe-invalid']);
    expect(matchPatterns('x', [{ id: 'blank', text: '   ' }])).toEqual([]);
  });

  it('is exposed through analyze(…, { patterns })', () => {
    const r = analyze('HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: ForbiddenException\n\n{"message":"Forbidden"}', NOW, { patterns });
    expect(r.patternMatches).toEqual(['amzn']);
  });
});

/** Patterns from the real content entries (frontmatter of content/errors/*.mdx). */
function contentPatterns(): { pattern: PatternLike; category: string }[] {
  const dir = new URL('../../content/errors/', import.meta.url);
  const out: { pattern: PatternLike; category: string }[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
    const text = readFileSync(new URL(f, dir), 'utf8');
    const m = /^---\n([\s\S]*?)\n---/.exec(text);
    if (!m) continue;
    let data: unknown;
    try {
      data = parseYaml(m[1]!);
    } catch {
      continue;
    }
    const causes = (data as { causes?: { id: string; category: string; patterns?: { text: string; header?: string }[] }[] }).causes ?? [];
    for (const c of causes) {
      for (const p of c.patterns ?? []) {
        out.push({ pattern: { id: `${f.replace(/\.mdx$/, '')}/${c.id}`, text: p.text, ...(p.header ? { header: p.header } : {}) }, category: c.category });
      }
    }
  }
  return out;
}

describe('content patterns against the response corpus', () => {
  it('find causes for the corpus without throwing', () => {
    const cp = contentPatterns();
    const patterns = cp.map((c) => c.pattern);
    let withMatch = 0;
    for (const f of loadResponseFixtures(NOW)) {
      const ids = matchPatterns(parseResponse(f.input, NOW), patterns);
      expect(new Set(ids).size).toBe(ids.length);
      if (ids.length > 0) withMatch++;
    }
    // The content is edited elsewhere; only check that matching works at scale.
    if (patterns.length > 50) expect(withMatch).toBeGreaterThanOrEqual(10);
  });
});
