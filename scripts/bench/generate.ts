// Node only (bench): a deterministic synthetic catalogue of realistic size and shape.
//
// Shape follows the real catalogue (see `content/errors/`): problem entries of ~20–35 KB with
// 3–6 causes (patterns, wizard signals), 4–7 steps with commands in several languages, FAQ,
// sources and related links; plus one status entry per code that the problems use. Everything
// passes the repo's own validation (schema, cross-file rules and content lint).
import { stringify } from 'yaml';
import { CATEGORIES, LIKELIHOODS, SEVERITIES, EFFECTS, type EntryInput } from '../../src/schemas/entry.ts';
import { IANA_4XX, isRegistered } from '../../src/lib/iana-registry.ts';
import type { Question } from '../../src/schemas/wizard.ts';
import { Rng, hashString } from './prng.ts';

export interface GeneratedFile {
  /** File name in content/errors/, e.g. "zentrix-webhook-signature-rejected.mdx". */
  name: string;
  text: string;
}

export interface Catalogue {
  files: GeneratedFile[];
  /** Slugs of problem entries, for picking pages and queries. */
  problemSlugs: string[];
  statusSlugs: string[];
  /** Search queries that are known to match (product names and error identifiers). */
  queries: string[];
  bytes: number;
}

/** Codes in the order they are added as the catalogue grows: the auth family first. */
const STATUS_ORDER = [
  401, 403, 400, 429, 404, 407, 405, 409, 410, 412, 413, 415, 422, 431, 451, 402, 406, 408, 411, 414, 416, 417, 418,
  421, 423, 424, 425, 426, 428, 419, 440, 498, 499, 444, 495, 496, 497, 494, 420, 449, 460, 463, 456, 457,
];
/** How often a problem's main code is each of the first codes (the rest share what is left). */
const PRIMARY_WEIGHT: Record<number, number> = { 401: 26, 403: 20, 400: 10, 429: 7, 404: 5, 407: 3, 405: 2, 409: 2, 413: 2, 415: 2, 422: 3, 419: 2, 498: 2, 499: 1 };

const COMMON = (
  'the a your this that request response server client header token key value call endpoint service api request ' +
  'response body status code error message field check send sent returns return fails failed failure works work ' +
  'again before after when while because only never always usually often sometimes first then next each every ' +
  'same other another different new old valid invalid expired missing wrong correct right exact literal string ' +
  'credential credentials account project organization tenant region environment production staging sandbox test ' +
  'live dashboard console settings role permission scope policy rule restriction allowlist network proxy gateway ' +
  'load balancer redirect origin browser script cli sdk library client version deploy deployment container pod ' +
  'process variable secret file config configuration log logs trace id timestamp clock time minute hour day ' +
  'retry backoff limit quota window burst queue cache cached stale fresh etag signature hash digest canonical ' +
  'encoding utf-8 base64 json xml form multipart content type accept method get post put patch delete options ' +
  'preflight cors cookie session csrf login logout refresh rotate rotation revoke revoked issue issued audience ' +
  'issuer subject claim claims grant flow callback webhook event payload delivery verify verification compare ' +
  'print inspect read look find shows show tells means mean expected actual spec standard rfc section vendor ' +
  'documents documented behaviour behavior difference reason cause causes step steps fix fixes fixed run runs ' +
  'command output line lines terminal shell curl powershell python javascript node fetch axios requests library ' +
  'upstream downstream layer front behind between inside outside across through without with from into onto ' +
  'most many few some any none all both either neither more less than much little large small long short ' +
  'quickly slowly safely carefully directly explicitly silently automatically manually locally remotely ' +
  'user users team teammate admin owner member service-account machine device mobile app application backend ' +
  'frontend single page static dynamic public private internal external partner customer tenant workspace'
).split(/\s+/);

const SYLLABLES = 'ka zen tro vel mi dar ix on quo ra lum bri sta nex por tal vi sol gra fen ast ori cal mer dun pex ly sar tiv hol zu ren cor bel wex oda fin nal rim tes uva jor'.split(' ');

const CREDENTIALS = ['API key', 'access token', 'refresh token', 'session cookie', 'client certificate', 'service account key', 'signed URL', 'webhook secret', 'personal access token', 'OAuth client secret', 'JWT', 'Basic auth password', 'HMAC signature', 'SAML assertion', 'device token', 'deploy key'];
const FAILURES = ['rejected', 'expired', 'revoked', 'not accepted', 'missing', 'invalid', 'forbidden', 'misconfigured', 'rate limited', 'out of scope', 'blocked', 'mismatched', 'ignored', 'stripped'];
const CONTEXTS = ['REST API', 'GraphQL endpoint', 'webhooks', 'admin API', 'storage bucket', 'CDN edge', 'API gateway', 'SDK', 'CLI', 'mobile app', 'batch job', 'CI pipeline', 'browser client', 'reverse proxy', 'load balancer', 'search API', 'billing API', 'file upload', 'SSO login', 'partner API'];
const CAUSE_NOUNS = ['key', 'token', 'scope', 'role', 'header', 'scheme', 'clock', 'signature', 'origin', 'cookie', 'session', 'quota', 'region', 'tenant', 'audience', 'issuer', 'secret', 'certificate', 'proxy', 'redirect', 'policy', 'environment', 'version', 'method', 'body', 'encoding', 'path', 'host', 'domain', 'ip'];
const CAUSE_STATES = ['missing', 'expired', 'revoked', 'mistyped', 'mismatch', 'stripped', 'rotated', 'restricted', 'not-allowed', 'wrong', 'stale', 'truncated', 'duplicated', 'ignored', 'blocked', 'exceeded', 'skewed', 'unsigned'];
const STEP_VERBS = ['check', 'print', 'compare', 'inspect', 'decode', 'rotate', 'replace', 'verify', 'list', 'trace', 'reissue', 'sync', 'grant', 'allow', 'resend', 'test'];
const HEADERS = ['Authorization', 'WWW-Authenticate', 'Proxy-Authenticate', 'Retry-After', 'X-Request-Id', 'Origin', 'Access-Control-Allow-Origin', 'Content-Type', 'Accept', 'Cookie', 'Set-Cookie', 'Date', 'Host', 'X-Forwarded-For', 'RateLimit-Remaining', 'X-Api-Key'];
const RFC_SOURCES = [
  { title: 'RFC 9110, Section 15.5.2 (401 Unauthorized)', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2' },
  { title: 'RFC 9110, Section 15.5.4 (403 Forbidden)', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4' },
  { title: 'RFC 9110, Section 15.5.1 (400 Bad Request)', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1' },
  { title: 'RFC 9110, Section 11.6.1 (WWW-Authenticate)', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1' },
  { title: 'RFC 9110, Section 11.6.2 (Authorization)', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-11.6.2' },
  { title: 'RFC 6750, Section 3.1 (Bearer error codes)', url: 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1' },
  { title: 'RFC 6749, Section 5.2 (Token endpoint errors)', url: 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2' },
  { title: 'RFC 6585, Section 4 (429 Too Many Requests)', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4' },
  { title: 'RFC 7617, Section 2 (Basic authentication)', url: 'https://www.rfc-editor.org/rfc/rfc7617#section-2' },
  { title: 'RFC 7519, Section 4.1 (Registered JWT claims)', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1' },
  { title: 'Fetch Standard: CORS protocol', url: 'https://fetch.spec.whatwg.org/#http-cors-protocol' },
];
const LANGS = ['curl', 'powershell', 'javascript', 'python', 'shell', 'http', 'json', 'nginx', 'text'] as const;

const kebab = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Names {
  products: string[];
  identifiers: string[];
  /** Rarer words (names, jargon, identifiers): an open vocabulary that grows with the corpus. */
  lexicon: string[];
}

/** Vocabulary that grows with the catalogue, as a real one does (more vendors, more messages). */
function makeNames(rng: Rng, size: number): Names {
  const products = new Set<string>();
  const want = 40 + Math.ceil(size / 2);
  while (products.size < want) {
    const n = rng.int(2, 3);
    let w = '';
    for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
    if (w.length >= 5) products.add(cap(w));
  }
  const identifiers = new Set<string>();
  const words = ['TOKEN', 'KEY', 'SCOPE', 'AUTH', 'SESSION', 'QUOTA', 'ORIGIN', 'SIGNATURE', 'CLIENT', 'GRANT', 'ACCESS', 'REQUEST', 'HEADER', 'TENANT', 'POLICY'];
  const states = ['EXPIRED', 'INVALID', 'MISSING', 'DENIED', 'REVOKED', 'EXCEEDED', 'MISMATCH', 'BLOCKED', 'UNKNOWN', 'DISABLED', 'MALFORMED'];
  while (identifiers.size < 30 + Math.ceil(size / 3)) identifiers.add(`${rng.pick(words)}_${rng.pick(states)}${rng.chance(0.5) ? `_${rng.int(10, 9999)}` : ''}`);
  // Heaps' law: the real catalogue has ~6,300 distinct indexed words over 62 entries; a corpus
  // 16 or 80 times larger has several times more. Pseudo-words drawn with a Zipf law give that.
  const lexicon = new Set<string>();
  const lexWant = 2000 + 35 * size;
  while (lexicon.size < lexWant) {
    const n = rng.int(2, 4);
    let w = '';
    for (let i = 0; i < n; i++) w += rng.pick(SYLLABLES);
    lexicon.add(w);
  }
  return { products: [...products], identifiers: [...identifiers], lexicon: [...lexicon] };
}

class Writer {
  readonly rng: Rng;
  readonly names: Names;
  constructor(rng: Rng, names: Names) {
    this.rng = rng;
    this.names = names;
  }
  /** The product the current entry is about: most product mentions are of it, as in real pages. */
  topic = '';
  word(): string {
    const r = this.rng.next();
    if (r < 0.045) return this.topic && this.rng.chance(0.8) ? this.topic : this.rng.pick(this.names.products);
    if (r < 0.09) return `\`${this.rng.pick(HEADERS)}\``;
    if (r < 0.11) return `\`${this.rng.zipf(this.names.identifiers)}\``;
    if (r < 0.21) return this.rng.zipf(this.names.lexicon);
    return this.rng.zipf(COMMON, 0.9);
  }
  sentence(min = 8, max = 22, links: string[] = []): string {
    const n = this.rng.int(min, max);
    const words: string[] = [];
    for (let i = 0; i < n; i++) {
      let w = this.word();
      if (i > 2 && i < n - 2 && this.rng.chance(0.07)) w += ',';
      words.push(w);
    }
    if (links.length && this.rng.chance(0.35)) {
      const at = this.rng.int(1, words.length - 1);
      words.splice(at, 0, `(see [${this.rng.pick(['this page', 'the fix', 'the related entry', 'the spec', 'the vendor note'])}](${this.rng.pick(links)}))`);
    }
    const s = words.join(' ');
    return `${cap(s)}.`;
  }
  paragraph(chars: number, links: string[] = []): string {
    const out: string[] = [];
    let len = 0;
    while (len < chars) {
      const s = this.sentence(8, 22, links);
      out.push(s);
      len += s.length + 1;
    }
    return out.join(' ');
  }
  url(product: string): string {
    return `https://docs.${product.toLowerCase()}.example.com/${kebab(`${this.rng.pick(COMMON)} ${this.rng.pick(COMMON)}`)}/${this.rng.int(1, 999)}`;
  }
  command(lang: (typeof LANGS)[number], product: string): string {
    const host = `https://api.${product.toLowerCase()}.example.com`;
    const path = `/v${this.rng.int(1, 3)}/${kebab(this.rng.pick(COMMON))}/${kebab(this.rng.pick(COMMON))}`;
    const header = this.rng.pick(HEADERS);
    const lines: string[] = [];
    const extra = this.rng.int(0, 4);
    switch (lang) {
      case 'curl':
        lines.push(`curl -sS -i ${host}${path} \\`, `  -H "Authorization: Bearer EXAMPLE_TOKEN" \\`, `  -H "${header}: example-${kebab(this.rng.pick(COMMON))}"`);
        for (let i = 0; i < extra; i++) lines.push(`curl -sS -o /dev/null -w '%{http_code}\\n' ${host}${path}?page=${i + 2}`);
        break;
      case 'powershell':
        lines.push(`$r = Invoke-WebRequest -Uri '${host}${path}' \``, `  -Headers @{ Authorization = 'Bearer EXAMPLE_TOKEN' } -SkipHttpErrorCheck`, `$r.StatusCode`, `$r.Headers['${header}']`);
        for (let i = 0; i < extra; i++) lines.push(`Write-Output "${this.sentence(4, 8).replace(/[`"$]/g, '')}"`);
        break;
      case 'javascript':
        lines.push(`const res = await fetch('${host}${path}', {`, `  headers: { Authorization: 'Bearer EXAMPLE_TOKEN' },`, `});`, `console.log(res.status, res.headers.get('${header.toLowerCase()}'));`);
        for (let i = 0; i < extra; i++) lines.push(`// ${this.sentence(5, 12).replace(/`/g, '')}`);
        break;
      case 'python':
        lines.push('import requests', '', `r = requests.get('${host}${path}',`, `                 headers={'Authorization': 'Bearer EXAMPLE_TOKEN'})`, `print(r.status_code, r.headers.get('${header}'))`);
        for (let i = 0; i < extra; i++) lines.push(`# ${this.sentence(5, 12).replace(/`/g, '')}`);
        break;
      case 'shell':
        lines.push(`printenv ${product.toUpperCase()}_API_KEY | wc -c`, `date -u +%Y-%m-%dT%H:%M:%SZ`);
        for (let i = 0; i < extra; i++) lines.push(`grep -n '${this.rng.zipf(this.names.identifiers)}' /var/log/${product.toLowerCase()}/app.log | tail -${this.rng.int(5, 50)}`);
        break;
      case 'http':
        lines.push(`GET ${path} HTTP/1.1`, `Host: api.${product.toLowerCase()}.example.com`, `Authorization: Bearer EXAMPLE_TOKEN`, `${header}: example`);
        break;
      case 'json':
        lines.push('{', `  "error": "${this.rng.zipf(this.names.identifiers).toLowerCase()}",`, `  "message": "${this.sentence(5, 12).replace(/["`]/g, '')}",`, `  "request_id": "req_EXAMPLE_${this.rng.int(1000, 9999)}"`, '}');
        break;
      case 'nginx':
        lines.push(`location ${path} {`, `    proxy_set_header ${header} $http_${header.toLowerCase().replace(/-/g, '_')};`, `    proxy_pass http://upstream_${product.toLowerCase()};`, '}');
        break;
      case 'text':
        lines.push(this.sentence(6, 14).replace(/`/g, ''));
        break;
    }
    return `${lines.join('\n')}\n`;
  }
}

interface Plan {
  slug: string;
  title: string;
  product: string;
  codes: number[];
}

/**
 * Builds a catalogue of `size` entries (status entries included), deterministic for a seed.
 * `questions` and `vendorIds` come from the project's content/wizard/questions.yaml and vendors.yaml.
 */
export function generateCatalogue(size: number, questions: readonly Question[], vendorIds: readonly string[], seed = 'kb-bench-1'): Catalogue {
  const rng = new Rng(hashString(`${seed}:${size}`));
  const names = makeNames(rng, size);
  const w = new Writer(rng, names);

  const statusCount = Math.min(STATUS_ORDER.length, Math.max(8, Math.round(size * 0.3)));
  const statusCodes = STATUS_ORDER.slice(0, statusCount);
  const problemCount = size - statusCount;

  // Plan problems first so related links can point at any of them.
  const plans: Plan[] = [];
  const slugs = new Set<string>(statusCodes.map(String));
  const primaryWeights = statusCodes.map((c) => PRIMARY_WEIGHT[c] ?? 0.6);
  for (let i = 0; i < problemCount; i++) {
    // A few big vendors have many entries; most have one or a handful.
    const product = rng.chance(0.2) ? rng.pick(names.products.slice(0, 10)) : rng.pick(names.products);
    const title = `${product} ${rng.pick(CONTEXTS)}: ${rng.pick(CREDENTIALS)} ${rng.pick(FAILURES)}`;
    let slug = kebab(title);
    for (let n = 2; slugs.has(slug); n++) slug = `${kebab(title)}-${n}`;
    slugs.add(slug);
    const primary = rng.weighted(statusCodes, primaryWeights);
    const codes = [primary, ...rng.sample(statusCodes.filter((c) => c !== primary), rng.weighted([0, 1, 2, 3], [3, 4, 2, 1]))];
    plans.push({ slug, title, product, codes });
  }
  const problemSlugs = plans.map((p) => p.slug);

  const files: GeneratedFile[] = [];
  const write = (slug: string, data: EntryInput, body: string) => {
    // YAML 1.1 quoting keeps `"yes"`/`"no"` answer ids strings for any frontmatter parser.
    const fm = stringify(data, { lineWidth: 100, version: '1.1' });
    files.push({ name: `${slug}.mdx`, text: `---\n${fm}---\n\n${body}\n` });
  };

  const signalsFor = (): Record<string, Record<string, (typeof EFFECTS)[number]>> => {
    const out: Record<string, Record<string, (typeof EFFECTS)[number]>> = {};
    for (const q of rng.sample(questions, rng.int(4, Math.min(10, questions.length)))) {
      const answers: Record<string, (typeof EFFECTS)[number]> = {};
      let impossible = false;
      for (const a of rng.sample(q.answers, rng.int(1, Math.min(3, q.answers.length)))) {
        let e = rng.weighted(EFFECTS, [15, 35, 20, 20, 10]);
        if (e === 'impossible') {
          if (impossible) e = 'contradicts';
          impossible = true;
        }
        answers[a.id] = e;
      }
      out[q.id] = answers;
    }
    return out;
  };

  const sourcesFor = (product: string, min: number, max: number) => {
    const n = rng.int(min, max);
    const rfc = rng.sample(RFC_SOURCES, Math.min(RFC_SOURCES.length, Math.ceil(n / 3)));
    const vendor = Array.from({ length: n - rfc.length }, () => {
      const p = rng.chance(0.6) ? product : rng.pick(names.products);
      return { title: `${p}: ${cap(rng.pick(COMMON))} ${rng.pick(COMMON)} ${rng.pick(['reference', 'guide', 'errors', 'FAQ', 'changelog'])}`, url: w.url(p) };
    });
    return [...rfc, ...vendor];
  };

  const stepsFor = (product: string, count: number, bodyChars: [number, number], cmds: [number, number], links: string[]) => {
    const ids = new Set<string>();
    return Array.from({ length: count }, () => {
      let id = `${rng.pick(STEP_VERBS)}-${rng.pick(CAUSE_NOUNS)}-${rng.pick(CAUSE_NOUNS)}`;
      for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      ids.add(id);
      const langs = rng.sample(['curl', 'powershell', 'javascript', 'python', ...rng.sample(LANGS.slice(4), 2)] as const, rng.int(cmds[0], cmds[1]));
      return {
        id,
        title: `${cap(id.split('-')[0]!)} the ${id.split('-').slice(1).join(' ')} on ${product}`,
        body: [w.paragraph(rng.int(bodyChars[0], bodyChars[1]) * 0.6, links), w.paragraph(rng.int(bodyChars[0], bodyChars[1]) * 0.4, links)].join('\n\n'),
        commands: langs.map((lang) => ({ lang, ...(rng.chance(0.4) ? { label: cap(w.sentence(3, 7).replace(/[`.]/g, '')) } : {}), code: w.command(lang, product) })),
      };
    });
  };

  const causesFor = (product: string, count: number, codes: number[], stepIds: string[], summaryChars: [number, number], patterns: [number, number], links: string[]) => {
    const ids = new Set<string>(stepIds);
    return Array.from({ length: count }, () => {
      let id = `${rng.pick(CAUSE_NOUNS)}-${rng.pick(CAUSE_STATES)}`;
      for (let n = 2; ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      ids.add(id);
      const causeCodes = codes.length > 1 && rng.chance(0.5) ? rng.sample(codes, rng.int(1, codes.length)) : undefined;
      const steps = rng.sample(stepIds, rng.int(1, Math.min(3, stepIds.length)));
      const pats = Array.from({ length: rng.int(patterns[0], patterns[1]) }, () => {
        const vendor = rng.pick(vendorIds);
        const header = rng.chance(0.2) ? rng.pick(HEADERS) : undefined;
        const text = rng.chance(0.4) ? rng.zipf(names.identifiers) : w.sentence(4, 9).replace(/[`.]/g, '');
        return { text, vendor, ...(header ? { header } : {}), source: w.url(product) };
      });
      return {
        id,
        title: cap(`${id.replace(/-\d+$/, '').replace(/-/g, ' ')} at ${product}`),
        summary: w.paragraph(rng.int(summaryChars[0], summaryChars[1]), links),
        category: rng.pick(CATEGORIES),
        likelihood: rng.weighted(LIKELIHOODS, [4, 3, 1]),
        ...(causeCodes ? { codes: causeCodes } : {}),
        steps,
        aliases: rng.chance(0.04) ? [`${id}-legacy`] : [],
        patterns: pats,
        signals: signalsFor(),
      };
    });
  };

  const faqFor = (count: number, links: string[]) =>
    Array.from({ length: count }, () => ({ q: `${cap(w.sentence(5, 11).replace(/\.$/, ''))}?`, a: w.paragraph(rng.int(160, 700), links) }));

  const body = (chars: number, links: string[]) => {
    const paras = rng.int(2, 4);
    const parts = ['## Overview', ''];
    for (let i = 0; i < paras; i++) parts.push(w.paragraph((chars * 0.65) / paras, links), '');
    parts.push('## Key details', '');
    const bullets = rng.int(4, 7);
    for (let i = 0; i < bullets; i++) parts.push(`- ${w.paragraph((chars * 0.35) / bullets, links)}`);
    return parts.join('\n');
  };

  const date = () => `202${rng.int(5, 6)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

  // Problem entries.
  for (const p of plans) {
    w.topic = p.product;
    const others = new Set<string>();
    const want = Math.min(problemSlugs.length - 1, rng.int(2, 8));
    while (others.size < want) {
      const s = rng.pick(problemSlugs);
      if (s !== p.slug) others.add(s);
    }
    const related = [String(p.codes[0]), ...p.codes.slice(1, 1 + rng.int(0, 2)).map(String), ...others];
    const links = related.map((s) => `/errors/${s}/`);
    const steps = stepsFor(p.product, rng.int(4, 7), [550, 1100], [1, 5], links);
    const stepIds = steps.map((s) => s.id);
    const causes = causesFor(p.product, rng.int(3, 6), p.codes, stepIds, [200, 700], [0, 6], [...links, ...stepIds.map((s) => `#step-${s}`)]);
    const data: EntryInput = {
      kind: 'problem',
      title: p.title,
      summary: w.sentence(14, 30).slice(0, 255),
      severity: rng.weighted(SEVERITIES, [1, 6, 2, 1]),
      codes: p.codes,
      tags: rng.sample(['authentication', 'authorization', 'api-keys', 'oauth', 'tokens', 'cors', 'proxy', 'rate-limits', 'webhooks', 'sessions', 'tls', 'signature', 'redirects', kebab(p.product)], rng.int(2, 6)),
      related,
      aliases: rng.chance(0.03) ? [`old-${p.slug}`] : [],
      updated: date(),
      sources: sourcesFor(p.product, 5, 20),
      faq: faqFor(rng.int(2, 5), [...links, ...causes.map((c) => `#${c.id}`)]),
      causes,
      steps,
    };
    write(p.slug, data, body(rng.int(2000, 3500), links));
  }

  // Status entries: one per code; linked in a ring so none is an orphan.
  statusCodes.forEach((code, i) => {
    const product = rng.pick(names.products);
    w.topic = product;
    const standard = isRegistered(code);
    const reason = standard ? IANA_4XX[code]! : `${cap(rng.pick(COMMON))} ${cap(rng.pick(COMMON))}`;
    const forCode = plans.filter((p) => p.codes[0] === code).map((p) => p.slug);
    const related = [String(statusCodes[(i + 1) % statusCount]), String(statusCodes[(i + 2) % statusCount]), ...rng.sample(forCode, rng.int(0, 8))];
    const links = related.map((s) => `/errors/${s}/`);
    const steps = stepsFor(product, rng.int(0, 4), [160, 900], [0, 4], links);
    const stepIds = steps.map((s) => s.id);
    const causes = stepIds.length ? causesFor(product, rng.int(1, 4), [code], stepIds, [120, 400], [0, 2], links) : [];
    const data: EntryInput = {
      kind: 'status',
      title: `${code} ${reason}`,
      summary: w.sentence(14, 30).slice(0, 255),
      severity: rng.weighted(SEVERITIES, [1, 6, 2, 1]),
      codes: [code],
      code,
      standard,
      reasonPhrase: standard ? IANA_4XX[code]! : null,
      ...(standard ? { spec: { title: `RFC 9110, Section 15.5 (${code} ${IANA_4XX[code]!})`, url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5' } } : {}),
      headers: Array.from({ length: rng.int(0, 2) }, () => ({ name: rng.pick(HEADERS), requirement: rng.pick(['required', 'recommended', 'optional'] as const), note: w.sentence(10, 30) })),
      cacheable: rng.chance(0.2),
      sendWhen: Array.from({ length: rng.int(1, 3) }, () => w.sentence(10, 30)),
      avoidWhen: Array.from({ length: rng.int(1, 4) }, () => w.sentence(10, 30)),
      origins: standard ? [] : Array.from({ length: rng.int(1, 3) }, () => ({ name: rng.pick(names.products), label: reason, reachesClient: rng.chance(0.7), description: w.paragraph(rng.int(120, 500)), source: w.url(product) })),
      tags: rng.sample(['http-semantics', 'authentication', 'proxy', 'limits', 'validation', 'non-standard', kebab(product)], rng.int(2, 4)),
      related,
      aliases: [],
      updated: date(),
      sources: sourcesFor(product, 3, 12),
      faq: faqFor(rng.int(2, 5), links),
      causes,
      steps,
    };
    write(String(code), data, body(rng.int(1100, 2600), links));
  });

  // Queries that match: product names and identifiers that occur in titles and patterns.
  const qrng = new Rng(hashString(`${seed}:queries:${size}`));
  // One word (a vendor, as people search "stripe") or two (vendor and symptom), like real queries.
  const queries = [
    ...new Set(
      qrng.sample(plans, Math.min(plans.length, 80)).map((p, i) => {
        const vendor = p.product.toLowerCase();
        return i % 3 === 2 ? `${vendor} ${p.title.split(' ').at(-1)!.toLowerCase()}` : vendor;
      }),
    ),
  ];
  return { files, problemSlugs, statusSlugs: statusCodes.map(String), queries, bytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) };
}
