import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analyze } from '../../src/lib/analyzer/index.ts';
import { CATEGORIES } from '../../src/schemas/entry.ts';
import { loadResponseFixtures } from './analyzer-fixtures.ts';

const NOW = new Date();
const fixtures = loadResponseFixtures(NOW);

/** The status a person would read off the paste: a status line, curl's "<" line, or a HAR entry. */
function statusInPaste(input: string): number | null {
  const line = /^(?:< )?HTTP\/\d(?:\.\d)? (\d{3})\b/m.exec(input);
  if (line) {
    // curl -L and proxies show several; the analyzer reports the last 4xx, else the last one.
    const all = [...input.matchAll(/^(?:< )?HTTP\/\d(?:\.\d)? (\d{3})\b/gm)].map((m) => Number(m[1]));
    return [...all].reverse().find((s) => s >= 400 && s <= 499) ?? all[all.length - 1] ?? null;
  }
  const har = /"response":\s*\{\s*"status":\s*(\d{3})/.exec(input);
  return har ? Number(har[1]) : null;
}

describe('response corpus', () => {
  it('has at least 40 fixtures from at least ten vendors, covering every category', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(new Set(fixtures.map((f) => f.vendor)).size).toBeGreaterThanOrEqual(10);
    const covered = new Set(fixtures.map((f) => f.expectedCategory));
    for (const c of CATEGORIES.filter((x) => x !== 'other')) expect(covered.has(c), c).toBe(true);
  });

  it('has well-formed header blocks', () => {
    const vendors = new Set(
      (parseYaml(readFileSync(new URL('../../content/vendors.yaml', import.meta.url), 'utf8')) as { vendors: { id: string }[] }).vendors.map((v) => v.id),
    );
    const numbers = new Set<string>();
    for (const f of fixtures) {
      expect(f.source, f.file).toMatch(/^https:\/\/\S+$/);
      for (const a of f.also) expect(a, f.file).toMatch(/^https:\/\/\S+$/);
      expect(vendors.has(f.vendor), `${f.file}: vendor ${f.vendor}`).toBe(true);
      expect((CATEGORIES as readonly string[]).includes(f.expectedCategory), `${f.file}: ${f.expectedCategory}`).toBe(true);
      expect(f.file.startsWith(`${f.file.split('-')[0]}-${f.vendor}-`), `${f.file} is named after its vendor`).toBe(true);
      const n = f.file.split('-')[0]!;
      expect(numbers.has(n), `${f.file}: duplicate number`).toBe(false);
      numbers.add(n);
      expect(f.input.trim().length).toBeGreaterThan(0);
    }
  });

  it('mixes the formats people paste', () => {
    const formats = new Set(fixtures.map((f) => analyze(f.input, NOW).format));
    for (const f of ['http', 'curl-verbose', 'har', 'json', 'xml', 'text'] as const) expect(formats.has(f), f).toBe(true);
  });

  for (const f of fixtures) {
    it(`${f.file} goes through analyze()`, () => {
      const t0 = performance.now();
      const r = analyze(f.input, NOW);
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(r.message).toBeUndefined();
      const expected = statusInPaste(f.input);
      if (expected !== null) expect(r.status).toBe(expected);
      // Something was read: a message, a code, a challenge or a status.
      expect(r.body.messages.length + r.body.errorCodes.length + r.challenges.length + r.proxyChallenges.length + (r.status === null ? 0 : 1)).toBeGreaterThan(0);
      // No generated secret survives anywhere in the result, nor in the redacted paste.
      const json = JSON.stringify(r);
      for (const s of f.secrets) expect(json.includes(s), `${f.file} leaks a generated secret`).toBe(false);
      expect(JSON.parse(json)).toEqual(r);
    });
  }
});
