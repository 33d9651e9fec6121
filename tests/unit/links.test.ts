import { describe, expect, it } from 'vitest';
import { diffLock, lockMessage } from '../../src/lib/url-lock.ts';
import { redirectTable, nginxRedirects, netlifyRedirects } from '../../src/lib/redirects.ts';
import { entrySchema } from '../../src/schemas/entry.ts';
import { problemInput, statusInput } from './fixtures.ts';

describe('URL lock', () => {
  it('catches a published URL that disappeared and says how to fix it', () => {
    const d = diffLock(['/errors/401/', '/errors/api-key-rejected/'], ['/errors/401/']);
    expect(d).toEqual({ removed: ['/errors/api-key-rejected/'], added: [] });
    expect(lockMessage(d)).toMatchInlineSnapshot(`
      "1 published URL(s) disappeared. Somebody may link to them, so they must keep working:
        /errors/api-key-rejected/
      Fix: if an entry was renamed, add its old slug to "aliases" in the renamed entry's frontmatter; if a cause id changed, add the old id to that cause's "aliases". Then rebuild. Do not remove lines from published-urls.lock."
    `);
  });

  it('asks for the one command when URLs are new', () => {
    expect(lockMessage(diffLock(['/'], ['/', '/errors/new/']))).toMatchInlineSnapshot(`
      "1 new URL(s) are not in the lock yet (first: /errors/new/).
      Fix: run \`npm run urls:lock\` and commit published-urls.lock."
    `);
  });
});

describe('redirect table', () => {
  const entries = [
    { slug: '401', data: entrySchema.parse(statusInput({ aliases: ['unauthorized'] })) },
    { slug: 'api-key-rejected', data: entrySchema.parse(problemInput({ aliases: ['bad-api-key'], causes: [{ id: 'key-missing', title: 'No key', summary: 'The request has no key.', category: 'missing-credentials', likelihood: 'common', steps: ['check-headers'], aliases: ['no-key'] }, { id: 'key-expired', title: 'Expired', summary: 'The key is past its date.', category: 'expired-credentials', likelihood: 'common', steps: ['check-headers'] }] })) },
  ];
  const table = redirectTable(entries);
  const to = (from: string) => table.find((r) => r.from === from)?.to;

  it('covers short codes, cause URLs, retired slugs and retired cause ids', () => {
    expect(to('/401/')).toBe('/errors/401/');
    expect(to('/errors/unauthorized/')).toBe('/errors/401/');
    expect(to('/errors/api-key-rejected/key-missing/')).toBe('/errors/api-key-rejected/#key-missing');
    expect(to('/errors/api-key-rejected/no-key/')).toBe('/errors/api-key-rejected/#key-missing');
    expect(to('/errors/bad-api-key/')).toBe('/errors/api-key-rejected/');
    expect(to('/errors/bad-api-key/no-key/')).toBe('/errors/api-key-rejected/#key-missing');
  });

  it('writes server-side redirects with and without the trailing slash, under the base path', () => {
    expect(netlifyRedirects(table, '/docs')).toContain('/docs/401 /docs/errors/401/ 301\n');
    expect(nginxRedirects(table, '')).toContain('location = /errors/unauthorized { return 301 /errors/401/; }');
  });
});
