// Fuzzing analyze(): random, binary, mutated and pathological inputs must never throw, never take
// a second, always give a JSON-serialisable result, and never let a generated secret through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, MAX_INPUT, type AnalysisResult } from '../../src/lib/analyzer/index.ts';
import { loadResponseFixtures, makeJwt, randomString } from './analyzer-fixtures.ts';

const NOW = new Date('2025-01-01T00:00:00Z');
const FIXTURES = loadResponseFixtures(NOW).map((f) => f.input);
const LIMIT_MS = 1000;

function timedAnalyze(input: string): AnalysisResult {
  const t0 = performance.now();
  const r = analyze(input, NOW);
  const json = JSON.stringify(r);
  const dt = performance.now() - t0;
  if (dt > LIMIT_MS) throw new Error(`analyze took ${Math.round(dt)} ms on an input of ${input.length} characters`);
  if (typeof json !== 'string') throw new Error('result is not serialisable');
  return r;
}

/** Pieces that make the parsers take their less common paths. */
const TOKENS = [
  'HTTP/1.1 ', 'HTTP/2 ', '401', '403 Forbidden', '429', '\n', '\r\n', '< ', '> ', '* ', '{ [5 bytes data]', '<', '>',
  'WWW-Authenticate: ', 'Proxy-Authenticate: ', 'Bearer ', 'Basic ', 'realm=', 'error=', '"', '\\', ',', '=', '==',
  'Retry-After: ', 'Fri, 31 Dec 1999 23:59:59 GMT', 'Allow: ', 'Access-Control-Allow-Origin: ', 'Set-Cookie: ', 'Cookie: ',
  'Authorization: ', 'x-api-key: ', '?api_key=', '&token=', 'eyJ', '.', '{"log":{"entries":[', ']}}', '{"error":', '{', '}', '[', ']',
  ':', '"message":', '"status":', '<html>', '<title>', '</title>', '<script>', '</script>', '<!--', '-->', '&amp;', '&#x', ';',
  '<?xml', '<Error>', '<Code>', '</Code>', '<Message>', '</Message>', 'OPTIONS / HTTP/1.1', 'Origin: ', 'CONNECT a:443 HTTP/1.1',
  '$ curl -H \'', '-u ', 'sk_live_', 'ghp_', 'AKIA', '-----BEGIN PRIVATE KEY-----', 'Status Code: 401', 'Response Headers',
  ':status: 401', '\u0000', '\ud800', '\u2028', 'é', '𝄞',
];

const HEADER_NAMES = ['WWW-Authenticate', 'Content-Type', 'Retry-After', 'Allow', 'Set-Cookie', 'x-api-key', 'Authorization', 'Access-Control-Allow-Origin', 'X-RateLimit-Remaining', 'x-amzn-ErrorType', 'Proxy-Authenticate', 'X', 'x-github-sso'];

function mutate(base: string, op: number, a: number, b: number, insert: string): string {
  const i = base.length === 0 ? 0 : a % base.length;
  const j = base.length === 0 ? 0 : b % base.length;
  switch (op % 7) {
    case 0:
      return base.slice(0, i); // truncated
    case 1:
      return base.slice(0, i) + insert + base.slice(i); // insertion
    case 2:
      return base.slice(0, Math.min(i, j)) + base.slice(Math.max(i, j)); // deletion
    case 3:
      return base.slice(0, i) + String.fromCharCode(base.charCodeAt(i) ^ (1 + (b % 255))) + base.slice(i + 1); // bit flip
    case 4:
      return base.replace(/\n/g, '\r\n').slice(j); // CRLF and a lost beginning
    case 5:
      return base + base.slice(i, j); // duplicated slice
    default:
      return insert + base.toUpperCase(); // shouting
  }
}

const arbMutatedFixture = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.nat(), fc.nat(), fc.nat(), fc.string({ maxLength: 40 }))
  .map(([base, op, a, b, ins]) => mutate(base, op, a, b, ins));

const arbTokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 300 }).map((t) => t.join(''));

const arbManyHeaders = fc
  .array(fc.tuple(fc.constantFrom(...HEADER_NAMES), fc.string({ maxLength: 60 })), { maxLength: 300 })
  .map((hs) => `HTTP/1.1 401 Unauthorized\n${hs.map(([n, v]) => `${n}: ${v}`).join('\n')}\n\n{"message":"x"}`);

const arbDeepJson = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":', '{"error":', '{"errors":['))
  .map(([n, open]) => open.repeat(n) + '1' + (open === '[' ? ']' : open === '{"errors":[' ? ']}' : '}').repeat(n));

const arbHar = fc
  .array(
    fc.record({
      status: fc.integer({ min: -1, max: 600 }),
      text: fc.oneof(fc.json({ maxDepth: 4 }), fc.string({ maxLength: 200 })),
      headers: fc.array(fc.record({ name: fc.constantFrom(...HEADER_NAMES), value: fc.string({ maxLength: 40 }) }), { maxLength: 10 }),
      method: fc.constantFrom('GET', 'POST', 'OPTIONS', 'CONNECT', ''),
    }),
    { maxLength: 30 },
  )
  .map((entries) =>
    JSON.stringify({
      log: {
        creator: { name: 'WebInspector' },
        entries: entries.map((e) => ({
          _resourceType: 'fetch',
          request: { method: e.method, url: 'https://api.example.com/x', headers: e.headers },
          response: { status: e.status, headers: e.headers, content: { text: e.text, mimeType: 'application/json' } },
        })),
      },
    }),
  );

const arbBinary = fc.uint8Array({ maxLength: 4000 }).map((bytes) => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
});

const arbInput = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3000 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 1000 }), weight: 1 },
  { arbitrary: arbBinary, weight: 1 },
  { arbitrary: fc.json({ maxDepth: 8 }), weight: 1 },
  { arbitrary: arbDeepJson, weight: 1 },
  { arbitrary: arbMutatedFixture, weight: 4 },
  { arbitrary: arbTokenSoup, weight: 3 },
  { arbitrary: arbManyHeaders, weight: 1 },
  { arbitrary: arbHar, weight: 1 },
);

describe('fuzz', () => {
  it('10,000 random and mutated inputs: no throw, under a second each, serialisable', () => {
    let runs = 0;
    fc.assert(
      fc.property(arbInput, (input) => {
        runs++;
        const r = timedAnalyze(input);
        expect(typeof r.redacted).toBe('string');
        expect(r.redacted.length).toBeLessThanOrEqual(MAX_INPUT * 4);
      }),
      { numRuns: 10_000 },
    );
    expect(runs).toBeGreaterThanOrEqual(10_000);
  }, 300_000);

  it('huge and pathological inputs stay under a second', () => {
    const n = MAX_INPUT;
    let binary = '';
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
    for (const b of bytes) binary += String.fromCharCode(b);
    const inputs: [string, string][] = [
      ['over the cap', `HTTP/1.1 401 Unauthorized\n\n${'x'.repeat(n + 100_000)}`],
      ['random binary', binary],
      ['<', '<'.repeat(n)],
      ['<a', '<a'.repeat(n / 2)],
      ['&', '&'.repeat(n)],
      ['eyJ', 'eyJ'.repeat(n / 3)],
      ['eyJ segments', 'eyJabcdefghijklm.'.repeat(n / 17)],
      ['{', '{'.repeat(n)],
      ['[ nested', `${'['.repeat(n / 2)}${']'.repeat(n / 2)}`],
      ['object nested', `${'{"a":'.repeat(n / 10)}1${'}'.repeat(n / 10)}`],
      ['status lines', 'HTTP/1.1 401 Unauthorized\n'.repeat(n / 26)],
      ['curl request lines', '> GET / HTTP/1.1\n> Authorization: Bearer abcdefghijkl\n'.repeat(n / 52)],
      ['curl response lines', '< HTTP/2 401\n< www-authenticate: Bearer realm="x"\n'.repeat(n / 48)],
      ['one huge challenge', `HTTP/1.1 401 X\nWWW-Authenticate: ${'Bearer realm="a\\"b", '.repeat(n / 22)}\n\n`],
      ['unterminated quoted strings', `HTTP/1.1 401 X\nWWW-Authenticate: ${'a="'.repeat(n / 3)}\n\n`],
      ['many headers', `HTTP/1.1 401 X\n${'x-api-key: abcdefghijklmnop\n'.repeat(n / 28)}\n`],
      ['huge cookie', `> GET / HTTP/1.1\n> Cookie: ${'a=bcdefghijk; '.repeat(n / 15)}\n>\n< HTTP/1.1 401 X\n<\n`],
      ['newlines', '\n'.repeat(n)],
      ['carriage returns', '\r'.repeat(n)],
      ['html paragraphs', `<html><title>403 Forbidden</title>${'<p>a &amp; b</p>'.repeat(n / 17)}`],
      ['html script never closed', `<html><script>${'<'.repeat(n - 20)}`],
      ['xml codes', `<Error>${'<Code>a</Code><Message>b</Message>'.repeat(n / 36)}</Error>`],
      ['json messages', `{"errors":[${'{"message":"invalid key","code":"x"},'.repeat(n / 38)}{}]}`],
      ['truncated json', `{"error":{"message":"${'a'.repeat(n)}`],
      ['json escapes', `{"message":"${'\\"'.repeat(n / 2)}"}`],
      ['query secrets', `GET /?${'api_key=abcdefgh&'.repeat(n / 17)}`],
      ['bearer soup', 'Bearer '.repeat(n / 7)],
      ['password fields', '"password":"'.repeat(n / 12)],
      ['HAR pairs', `{"log":{"entries":[${'{"name":"x-api-key","value":"abcdefgh"},'.repeat(n / 42)}]}}`],
      ['HAR cookies', `{"cookies":[${'{"name":"a","value":"bcdefghijk"},'.repeat(n / 34)}]}`],
      ['curl command', `$ curl ${"-H 'x-api-key: abcdefghijk' ".repeat(n / 29)}https://x\nHTTP/1.1 401 X\n\n`],
      ['devtools', `Status Code: 401\nResponse Headers\n${'a: b\n'.repeat(n / 5)}`],
      ['PEM markers', '-----BEGIN '.repeat(n / 11)],
      ['lone surrogates', '\ud800'.repeat(n)],
    ];
    for (const [label, input] of inputs) {
      // One untimed run first, so the limit measures the algorithm rather than JIT warm-up or
      // a garbage collection triggered by the previous input on a busy machine.
      expect(() => analyze(input, NOW), label).not.toThrow();
      const t0 = performance.now();
      expect(() => timedAnalyze(input), label).not.toThrow();
      expect(performance.now() - t0, label).toBeLessThan(LIMIT_MS);
    }
  }, 120_000);
});

describe('fuzz: secrets never reach the result', () => {
  type Case = { line: string; secrets: string[] };
  const b64url = () => randomString(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_');
  const CONTEXTS: (() => Case)[] = [
    () => {
      const s = b64url();
      return { line: `Authorization: Bearer ${s}`, secrets: [s] };
    },
    () => {
      const s = b64url();
      return { line: `> Authorization: Bearer ${s}`, secrets: [s] };
    },
    () => {
      const p = randomString(24);
      const b = btoa(`alice:${p}`);
      return { line: `> Authorization: Basic ${b}`, secrets: [b, p] };
    },
    () => {
      const p = randomString(24);
      const b = btoa(`proxyuser:${p}`);
      return { line: `Proxy-Authorization: Basic ${b}`, secrets: [b, p] };
    },
    () => {
      const s = randomString(36);
      return { line: `x-api-key: ${s}`, secrets: [s] };
    },
    () => {
      const s = randomString(36);
      return { line: `> Ocp-Apim-Subscription-Key: ${s}`, secrets: [s] };
    },
    () => {
      const s = randomString(36);
      return { line: `> Cookie: session=${s}; theme=dark`, secrets: [s] };
    },
    () => {
      const s = randomString(36);
      return { line: `Set-Cookie: sid=${s}; Path=/; HttpOnly`, secrets: [s] };
    },
    () => {
      const s = randomString(30);
      return { line: `> GET /v1/items?api_key=${s}&page=2 HTTP/1.1`, secrets: [s] };
    },
    () => {
      const s = randomString(30);
      return { line: `{"username": "alice", "password": "${s}"}`, secrets: [s] };
    },
    () => {
      const s = randomString(30);
      return { line: `{"client_secret":"${s}","grant_type":"client_credentials"}`, secrets: [s] };
    },
    () => {
      const s = `sk_${'live'}_${randomString(30)}`;
      return { line: `{"error":{"message":"Invalid API Key provided: ${s}"}}`, secrets: [s] };
    },
    () => {
      const s = `ghp_${randomString(36)}`;
      return { line: `token was ${s} when it failed`, secrets: [s] };
    },
    () => {
      const s = `xoxb-${randomString(12)}-${randomString(24)}`;
      return { line: `slack: ${s}`, secrets: [s] };
    },
    () => {
      const s = `AIza${randomString(35)}`;
      return { line: `key=${s}`, secrets: [s] };
    },
    () => {
      const s = makeJwt(NOW, -60);
      return { line: `id_token: ${s}`, secrets: [s] };
    },
    () => {
      const s = `AKIA${randomString(16).toUpperCase()}`;
      return { line: `<AWSAccessKeyId>${s}</AWSAccessKeyId>`, secrets: [s] };
    },
    () => {
      const s = randomString(40);
      return { line: `aws_secret_access_key = ${s}`, secrets: [s] };
    },
    () => {
      const s = randomString(40);
      return { line: `https://user:${s}@git.example.com/repo.git`, secrets: [s] };
    },
  ];

  it('1,000 random placements of generated secrets into the corpus', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.nat(CONTEXTS.length - 1), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.boolean(),
        (base, picks, pos, alone) => {
          const cases = picks.map((i) => CONTEXTS[i]!());
          const block = cases.map((c) => c.line).join('\n');
          let input: string;
          if (alone) {
            input = block;
          } else {
            // Insert at a line boundary of the fixture, so the secret keeps its context.
            const lines = base.split('\n');
            const at = pos % (lines.length + 1);
            input = [...lines.slice(0, at), block, ...lines.slice(at)].join('\n');
          }
          const json = JSON.stringify(timedAnalyze(input));
          for (const c of cases) for (const s of c.secrets) {
            if (json.includes(s)) throw new Error(`secret from "${c.line}" leaked`);
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('secrets inside a browser HAR are redacted everywhere', () => {
    const key = randomString(36);
    const bearer = b64url();
    const cookie = randomString(32);
    const har = JSON.stringify({
      log: {
        creator: { name: 'WebInspector' },
        entries: [
          {
            _resourceType: 'fetch',
            request: {
              method: 'GET',
              url: `https://api.example.com/v1?key=${key}`,
              headers: [
                { name: 'Authorization', value: `Bearer ${bearer}` },
                { name: 'X-Api-Key', value: key },
                { name: 'Cookie', value: `sid=${cookie}` },
              ],
              queryString: [{ name: 'key', value: key }],
              cookies: [{ name: 'sid', value: cookie }],
            },
            response: { status: 401, headers: [{ name: 'Set-Cookie', value: `sid=${cookie}; Path=/` }], content: { text: `{"message":"bad key ${key}"}`, mimeType: 'application/json' } },
          },
        ],
      },
    });
    const r = timedAnalyze(har);
    const json = JSON.stringify(r);
    for (const s of [key, bearer, cookie]) expect(json).not.toContain(s);
    expect(r.status).toBe(401);
    expect(r.request.authorizationScheme).toBe('Bearer');
  });
});
