// Builders for small, valid content used by unit tests; each test breaks one thing on purpose.
import type { EntryInput } from '../../src/schemas/entry.ts';

export function problemInput(overrides: Partial<Record<string, unknown>> = {}): EntryInput {
  return {
    kind: 'problem',
    title: 'API key rejected',
    summary: 'The API refuses the key you sent, or you did not send one at all.',
    severity: 'error',
    codes: [401],
    tags: ['api-keys'],
    related: ['401'],
    aliases: [],
    updated: '2026-11-27',
    sources: [{ title: 'RFC 9110, Section 15.5.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2' }],
    faq: [{ q: 'Why 401?', a: 'Because the key is missing.' }],
    causes: [
      { id: 'key-missing', title: 'No key sent', summary: 'The request carries no key.', category: 'missing-credentials', likelihood: 'common', steps: ['check-headers'] },
      { id: 'key-expired', title: 'Key expired', summary: 'The key is past its expiry date.', category: 'expired-credentials', likelihood: 'occasional', steps: ['check-headers'] },
    ],
    steps: [{ id: 'check-headers', title: 'Check the headers', body: 'Run curl -v and read the request headers.' }],
    ...overrides,
  } as unknown as EntryInput;
}

export function statusInput(overrides: Partial<Record<string, unknown>> = {}): EntryInput {
  return {
    kind: 'status',
    title: '401 Unauthorized',
    summary: 'The request lacks valid authentication credentials for the target resource.',
    severity: 'error',
    codes: [401],
    updated: '2026-11-27',
    related: ['api-key-rejected'],
    sources: [{ title: 'RFC 9110, Section 15.5.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2' }],
    code: 401,
    standard: true,
    reasonPhrase: 'Unauthorized',
    spec: { title: 'RFC 9110, Section 15.5.2', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2' },
    cacheable: false,
    ...overrides,
  } as unknown as EntryInput;
}
