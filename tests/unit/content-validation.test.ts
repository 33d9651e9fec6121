import { describe, expect, it } from 'vitest';
import { formatProblems, validateEntries, type RawEntry } from '../../src/lib/content-validation.ts';
import { problemInput, statusInput } from './fixtures.ts';

const questions = [{ id: 'credential-sent', prompt: 'Sent?', help: 'Look at the request.', answers: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] }];
const vendors = [{ id: 'github', name: 'GitHub', url: 'https://docs.github.com' }];

function check(raw: RawEntry[]) {
  return formatProblems(validateEntries(raw, questions, vendors).problems);
}

const ok = (): RawEntry[] => [
  { file: 'content/errors/401.mdx', slug: '401', data: statusInput() },
  { file: 'content/errors/api-key-rejected.mdx', slug: 'api-key-rejected', data: problemInput() },
];

describe('content validation', () => {
  it('accepts valid content', () => {
    expect(check(ok())).toBe('');
  });

  it('names file, field and the allowed values for a bad category', () => {
    const raw = ok();
    const data = problemInput();
    (data.causes as { category: string }[])[1]!.category = 'expired';
    raw[1]!.data = data;
    expect(check(raw)).toMatchInlineSnapshot(`"content/errors/api-key-rejected.mdx → causes[1].category: category must be one of: missing-credentials, malformed-header-or-scheme, invalid-or-mistyped-key, expired-credentials, revoked-or-rotated-credentials, insufficient-permissions-or-scope, ip-or-referrer-restriction, wrong-environment-or-account, clock-skew-or-signature, rate-limited, csrf-or-session, cors-preflight, proxy-auth, not-found-hiding-forbidden, method-or-content-type, other (got "expired")"`);
  });

  it('reports a missing required field and an unknown one', () => {
    const raw = ok();
    const data = problemInput({ summary: undefined, sumary: 'typo' });
    raw[1]!.data = data;
    expect(check(raw)).toMatchInlineSnapshot(`
      "content/errors/api-key-rejected.mdx → summary: required field is missing (expected string)
      content/errors/api-key-rejected.mdx: unknown field(s) "sumary": remove them or check the spelling against src/schemas/"
    `);
  });

  it('reports a bad field and a bad related slug in the same run', () => {
    const raw = ok();
    raw[1]!.data = problemInput({ severity: 'urgent', related: ['401', 'api-key-rejectd'] });
    expect(check(raw)).toMatchInlineSnapshot(`
      "content/errors/api-key-rejected.mdx → severity: severity must be one of: critical, error, warning, info (got "urgent")
      content/errors/api-key-rejected.mdx → related[1]: no entry has the slug "api-key-rejectd": use the file name of an entry in content/errors/ (without .mdx)"
    `);
  });

  it('reports a related slug that does not exist', () => {
    const raw = ok();
    raw[1]!.data = problemInput({ related: ['401', 'api-key-rejectd'] });
    expect(check(raw)).toMatchInlineSnapshot(`"content/errors/api-key-rejected.mdx → related[1]: no entry has the slug "api-key-rejectd": use the file name of an entry in content/errors/ (without .mdx)"`);
  });

  it('reports aliases that clash with a live slug or with each other', () => {
    const raw = ok();
    raw[0]!.data = statusInput({ aliases: ['unauthorized'] });
    raw[1]!.data = problemInput({ aliases: ['401', 'unauthorized'] });
    expect(check(raw)).toMatchInlineSnapshot(`
      "content/errors/api-key-rejected.mdx → aliases[0]: alias "401" is the slug of a live entry (content/errors/401.mdx): an alias must be a retired slug
      content/errors/api-key-rejected.mdx → aliases[1]: alias "unauthorized" is already claimed by content/errors/401.mdx: each old slug can point to one entry only"
    `);
  });

  it('reports a cause naming a missing step and duplicate ids', () => {
    const raw = ok();
    const data = problemInput();
    const causes = data.causes as { id: string; steps: string[] }[];
    causes[1]!.id = 'key-missing';
    causes[0]!.steps = ['check-headers', 'rotate-key'];
    raw[1]!.data = data;
    expect(check(raw)).toMatchInlineSnapshot(`
      "content/errors/api-key-rejected.mdx → causes[1].id: duplicate cause id "key-missing": cause ids must be unique in an entry
      content/errors/api-key-rejected.mdx → causes[0].steps[1]: cause "key-missing" names step "rotate-key", which is not in this entry's steps: add it or fix the id"
    `);
  });

  it('reports two status entries for one code and a wrong reason phrase', () => {
    const raw = ok();
    raw[0]!.data = statusInput({ reasonPhrase: 'Unauthorised' });
    raw.push({ file: 'content/errors/401-again.mdx', slug: '401-again', data: statusInput() });
    expect(check(raw)).toMatchInlineSnapshot(`
      "content/errors/401.mdx → reasonPhrase: the IANA registry's reason phrase for 401 is "Unauthorized", not "Unauthorised"
      content/errors/401-again.mdx → code: a status entry's file must be named after its code: rename to content/errors/401.mdx
      content/errors/401-again.mdx → code: two status entries for 401: content/errors/401.mdx and content/errors/401-again.mdx; keep one and give the other's uses an "origins" section"
    `);
  });

  it('reports signals and pattern vendors that do not exist', () => {
    const raw = ok();
    const data = problemInput();
    const causes = data.causes as Record<string, unknown>[];
    causes[0]!['signals'] = { 'credential-sent': { maybe: 'raises' }, 'worked-before': { yes: 'raises' } };
    causes[0]!['patterns'] = [{ text: 'Bad credentials', vendor: 'githb', source: 'https://docs.github.com/en/rest' }];
    raw[1]!.data = data;
    const out = check(raw);
    expect(out).toContain('causes[0].signals.credential-sent.maybe: question "credential-sent" has no answer "maybe"; its answers are: yes, no');
    expect(out).toContain('causes[0].signals.worked-before: no wizard question has the id "worked-before"');
    expect(out).toContain('causes[0].patterns[0].vendor: unknown vendor "githb"');
  });

  it('requires https for external links', () => {
    const raw = ok();
    raw[1]!.data = problemInput({ sources: [{ title: 'Plain http', url: 'http://example.com/doc' }] });
    expect(check(raw)).toMatchInlineSnapshot(`"content/errors/api-key-rejected.mdx → sources[0].url: external links must use https:// (got "http://example.com/doc")"`);
  });

  it('requires two causes per problem entry', () => {
    const raw = ok();
    const data = problemInput();
    (data as { causes: unknown[] }).causes.pop();
    raw[1]!.data = data;
    expect(check(raw)).toMatchInlineSnapshot(`"content/errors/api-key-rejected.mdx → causes: a problem entry needs at least two causes (group causes that share a symptom)"`);
  });
});
