// Test helper (not a test): loads the response corpus in tests/fixtures/responses/.
// Each file is a header block ("key: value" lines), a line "---", then the raw response.
// Credential placeholders are replaced here by values generated at run time, so no string in a
// real credential format is ever committed:
//   {{GENERATED_KEY}}          a random 40-character alphanumeric key (one per file)
//   {{GENERATED_JWT}}          a JWT (RS256 header, random signature) valid for another 55 minutes
//   {{GENERATED_JWT_EXPIRED}}  the same shape, expired three hours before `now`
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/responses/', import.meta.url));

export interface ResponseFixture {
  file: string;
  source: string;
  /** Further sources ("also:" lines). */
  also: string[];
  vendor: string;
  expectedCategory: string;
  note: string;
  /** The raw response with placeholders replaced. */
  input: string;
  /** The generated secret values that ended up in `input` (for redaction tests). */
  secrets: string[];
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${ALNUM}-_`;

/** Random string from `alphabet`, with at least one digit, one upper- and one lower-case letter. */
export function randomString(length: number, alphabet = ALNUM): string {
  for (;;) {
    const bytes = new Uint8Array(length);
    crypto.getRandomValues(bytes);
    let s = '';
    for (const b of bytes) s += alphabet[b % alphabet.length];
    if (/[0-9]/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s)) return s;
  }
}

function b64url(obj: unknown): string {
  return Buffer.from(JSON.stringify(obj)).toString('base64url');
}

/** A JWT-shaped token with a random signature, expiring `expiresInSeconds` from `now`. */
export function makeJwt(now: Date, expiresInSeconds: number, extra: Record<string, unknown> = {}): string {
  const t = Math.floor(now.getTime() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: 'fixture-key-1' };
  const payload = {
    iss: 'https://login.example.com/',
    aud: 'api://example',
    sub: 'user-1234',
    iat: t + expiresInSeconds - 3600,
    nbf: t + expiresInSeconds - 3600,
    exp: t + expiresInSeconds,
    scope: 'read:items',
    ...extra,
  };
  return `${b64url(header)}.${b64url(payload)}.${randomString(43, B64URL)}`;
}

function parseFixture(file: string, text: string, now: Date): ResponseFixture {
  const sep = text.indexOf('\n---\n');
  if (sep < 0) throw new Error(`${file}: no "---" line between the header block and the response`);
  const head = text.slice(0, sep);
  let body = text.slice(sep + 5);
  const fields: Record<string, string> = {};
  const also: string[] = [];
  for (const line of head.split('\n')) {
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`${file}: header line without a colon: ${line}`);
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === 'also') also.push(value);
    else fields[key] = value;
  }
  for (const k of ['source', 'vendor', 'expected-category', 'note']) {
    if (!fields[k]) throw new Error(`${file}: missing "${k}:" header line`);
  }
  const secrets: string[] = [];
  if (body.includes('{{GENERATED_KEY}}')) {
    const key = randomString(40);
    secrets.push(key);
    body = body.split('{{GENERATED_KEY}}').join(key);
  }
  if (body.includes('{{GENERATED_JWT_EXPIRED}}')) {
    const jwt = makeJwt(now, -3 * 3600);
    secrets.push(jwt);
    body = body.split('{{GENERATED_JWT_EXPIRED}}').join(jwt);
  }
  if (body.includes('{{GENERATED_JWT}}')) {
    const jwt = makeJwt(now, 55 * 60);
    secrets.push(jwt);
    body = body.split('{{GENERATED_JWT}}').join(jwt);
  }
  if (body.includes('{{')) throw new Error(`${file}: unknown placeholder`);
  return {
    file,
    source: fields['source']!,
    also,
    vendor: fields['vendor']!,
    expectedCategory: fields['expected-category']!,
    note: fields['note']!,
    input: body,
    secrets,
  };
}

/** Every fixture, in file-name order, with placeholders filled for `now`. */
export function loadResponseFixtures(now: Date = new Date()): ResponseFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => /^\d{2,3}-[a-z0-9-]+\.txt$/.test(f))
    .sort()
    .map((f) => parseFixture(f, readFileSync(FIXTURE_DIR + f, 'utf8'), now));
}
