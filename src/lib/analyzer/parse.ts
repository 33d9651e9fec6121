// Used in Node and the browser: reads a pasted HTTP response (raw `curl -i`, `curl -v`, a HAR
// file, DevTools text, a bare JSON/XML/HTML body or a bare message) into a structured summary.
//
// Safety: parseResponse never throws and runs in linear time. Input is capped at MAX_INPUT
// characters; lines are scanned once; regular expressions are anchored, applied to single lines
// and free of nested or overlapping quantifiers; JSON is walked iteratively with limits.
import { fromJsonValue, parseBody, type ParsedBody } from './body.ts';
import { parseChallenges, type Challenge } from './challenge.ts';
import { isApiKeyHeaderName } from './names.ts';
import { clip, decodeBase64Text, isRecord, isSpaceOrTab, tryJson } from './util.ts';

export type { Challenge } from './challenge.ts';
export type { ParsedBody, BodyKind, Problem } from './body.ts';

/** Largest input analysed: 512 KiB (counted in UTF-16 code units). Longer input is cut. */
export const MAX_INPUT = 512 * 1024;

export type InputFormat = 'empty' | 'har' | 'curl-verbose' | 'http' | 'devtools' | 'headers' | 'json' | 'xml' | 'html' | 'text';

export type StatusSource = 'status-line' | 'curl-verbose' | 'har' | 'devtools' | 'json-body' | 'html-title';

export interface Header {
  name: string;
  value: string;
}

export interface CorsInfo {
  allowOrigin: string | null;
  allowCredentials: boolean | null;
  allowMethods: string[] | null;
  allowHeaders: string[] | null;
  exposeHeaders: string[] | null;
  maxAge: number | null;
}

export interface RetryAfter {
  /** The header value as sent. */
  raw: string;
  /** Seconds to wait from `now` (0 when the date has passed); null when unreadable. */
  seconds: number | null;
  /** ISO 8601 time when the value was an HTTP-date. */
  date: string | null;
}

export type RequestSource = 'curl-verbose' | 'har' | 'devtools' | 'curl-command';

export interface RequestInfo {
  /** Where the request side came from; null when the paste shows no request. */
  source: RequestSource | null;
  /**
   * True when the request's credentials were shown in full, so a missing header was not sent:
   * curl -v, HAR, DevTools (not "provisional headers"), or a curl command without flags that
   * could add a credential out of sight (--netrc, -K, a header from a variable or file…).
   */
  headersSeen: boolean;
  method: string | null;
  /** Request target or URL as shown (may hold secrets in its query: redact before display). */
  target: string | null;
  headers: Header[];
  /** Scheme of the Authorization header, as sent ("Bearer", "Basic", "AWS4-HMAC-SHA256"…). */
  authorizationScheme: string | null;
  /** Basic credentials whose user-id is an API key (Stripe `sk_…:`, `api:key`, empty password). */
  basicIsApiKey: boolean;
  /** Names of API-key-like headers that were sent (x-api-key, ocp-apim-subscription-key…). */
  apiKeyHeaders: string[];
  cookieSent: boolean;
  /** Name of a credential-carrying query parameter (api_key, access_token, X-Amz-Signature…). */
  queryCredential: string | null;
  proxyAuthorizationSent: boolean;
  origin: string | null;
  secFetchMode: string | null;
  secFetchSite: string | null;
  accessControlRequestMethod: string | null;
  accessControlRequestHeaders: string[] | null;
  /** OPTIONS with Access-Control-Request-Method: a CORS preflight. */
  preflight: boolean;
  userAgent: string | null;
  /** The paste comes from a browser (HAR written by DevTools, or DevTools text). */
  fromBrowser: boolean;
  /** HAR `_resourceType` (Chrome): xhr, fetch, document, preflight… */
  resourceType: string | null;
}

export interface ParsedResponse {
  /** The analysed text (capped, line endings normalised). Holds secrets: never show it as is. */
  raw: string;
  tooLarge: boolean;
  message?: string;
  format: InputFormat;
  status: number | null;
  statusText: string | null;
  statusSource: StatusSource | null;
  httpVersion: string | null;
  /** Every status seen in order (curl -L, HAR redirect chains, proxy CONNECT). */
  statusHistory: number[];
  /** A 3xx response came before the chosen response in the same exchange. */
  redirected: boolean;
  /** curl -v shows the request going through a proxy (CONNECT, "Uses proxy env variable"). */
  viaProxy: boolean;
  /** True when the response's header section was visible (status line + headers, HAR, curl -v). */
  responseHeadersSeen: boolean;
  /** Lower-case name → value; repeated fields joined with ", " (Set-Cookie with "\n"). */
  headers: Record<string, string>;
  /** Response headers in order, names as sent. */
  headerList: Header[];
  challenges: Challenge[];
  proxyChallenges: Challenge[];
  retryAfter: RetryAfter | null;
  retryAfterSeconds: number | null;
  allow: string[] | null;
  cors: CorsInfo | null;
  /** Vendor diagnostics headers (x-amzn-ErrorType, x-github-sso, x-ratelimit-*, request ids…), lower-case names. */
  vendorHeaders: Record<string, string>;
  body: ParsedBody;
  request: RequestInfo;
}

const MAX_HEADERS = 500;
const STATUS_RE = /^HTTP\/(\d(?:\.\d)?)[ \t]+(\d{3})(?:[ \t]+([^\r\n]*))?[ \t]*$/;
const HEADER_RE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:[ \t]*(.*)$/;
const REQUEST_LINE_RE = /^([A-Z][A-Z-]{0,19})[ \t]+(\S+)(?:[ \t]+(HTTP\/[\d.]+))?[ \t]*$/;

const VENDOR_EXACT = new Set([
  'x-amzn-errortype',
  'x-amzn-requestid',
  'x-amz-request-id',
  'x-amz-id-2',
  'x-amz-cf-id',
  'x-amz-apigw-id',
  'x-amzn-trace-id',
  'x-github-sso',
  'x-github-request-id',
  'x-github-media-type',
  'x-accepted-github-permissions',
  'github-authentication-token-expiration',
  'x-oauth-scopes',
  'x-accepted-oauth-scopes',
  'x-oauth-client-id',
  'x-request-id',
  'request-id',
  'x-ms-request-id',
  'x-ms-error-code',
  'x-ms-diagnostics',
  'x-ms-ags-diagnostic',
  'cf-ray',
  'cf-mitigated',
  'cf-cache-status',
  'x-slack-req-id',
  'x-slack-failure',
  'twilio-request-id',
  'x-shopify-stage',
  'x-shopify-shop-api-call-limit',
  'x-stripe-routing-context-priority-tier',
  'stripe-version',
  'openai-organization',
  'openai-processing-ms',
  'x-should-retry',
  'x-goog-api-client',
  'x-cloud-trace-context',
  'x-kong-response-latency',
  'x-cache',
  'via',
  'server',
  'x-powered-by',
]);
const VENDOR_PREFIXES = ['x-ratelimit', 'x-rate-limit', 'ratelimit', 'anthropic-ratelimit', 'x-amzn-', 'x-github-', 'x-ms-', 'x-slack-', 'x-shopify-'];

function isVendorHeader(lower: string): boolean {
  if (VENDOR_EXACT.has(lower)) return true;
  return VENDOR_PREFIXES.some((p) => lower.startsWith(p));
}

function emptyBody(): ParsedBody {
  return { kind: 'empty', text: '', messages: [], errorCodes: [], status: null, problem: null, title: null };
}

function emptyRequest(): RequestInfo {
  return {
    source: null,
    headersSeen: false,
    method: null,
    target: null,
    headers: [],
    authorizationScheme: null,
    basicIsApiKey: false,
    apiKeyHeaders: [],
    cookieSent: false,
    queryCredential: null,
    proxyAuthorizationSent: false,
    origin: null,
    secFetchMode: null,
    secFetchSite: null,
    accessControlRequestMethod: null,
    accessControlRequestHeaders: null,
    preflight: false,
    userAgent: null,
    fromBrowser: false,
    resourceType: null,
  };
}

function blank(raw: string, tooLarge: boolean): ParsedResponse {
  const r: ParsedResponse = {
    raw,
    tooLarge,
    format: 'empty',
    status: null,
    statusText: null,
    statusSource: null,
    httpVersion: null,
    statusHistory: [],
    redirected: false,
    viaProxy: false,
    responseHeadersSeen: false,
    headers: {},
    headerList: [],
    challenges: [],
    proxyChallenges: [],
    retryAfter: null,
    retryAfterSeconds: null,
    allow: null,
    cors: null,
    vendorHeaders: {},
    body: emptyBody(),
    request: emptyRequest(),
  };
  return r;
}

// ---------------------------------------------------------------------------------------------
// Header helpers

function headerMap(list: Header[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const h of list) {
    const k = h.name.toLowerCase();
    const prev = map[k];
    map[k] = prev === undefined ? h.value : `${prev}${k === 'set-cookie' ? '\n' : ', '}${h.value}`;
  }
  return map;
}

function getAll(list: Header[], lowerName: string): string[] {
  return list.filter((h) => h.name.toLowerCase() === lowerName).map((h) => h.value);
}

function splitList(v: string | undefined, upper: boolean): string[] | null {
  if (v === undefined) return null;
  return v
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0)
    .slice(0, 100)
    .map((x) => (upper ? x.toUpperCase() : x));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * HTTP-date (RFC 9110 §5.6.7): IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, obsolete RFC 850
 * `Sunday, 06-Nov-94 08:49:37 GMT` and asctime `Sun Nov  6 08:49:37 1994`. Returns ms or null.
 */
export function parseHttpDate(value: string): number | null {
  const v = value.trim();
  if (v.length > 64) return null;
  let m = /^[A-Za-z]{3},[ \t]+(\d{1,2})[ \t]+([A-Za-z]{3})[ \t]+(\d{4})[ \t]+(\d{2}):(\d{2}):(\d{2})[ \t]+GMT$/.exec(v);
  let day: number, mon: number, year: number, hh: number, mm: number, ss: number;
  if (m) {
    day = Number(m[1]);
    mon = MONTHS.indexOf((m[2] ?? '').toLowerCase());
    year = Number(m[3]);
    hh = Number(m[4]);
    mm = Number(m[5]);
    ss = Number(m[6]);
  } else if ((m = /^[A-Za-z]{6,9},[ \t]+(\d{2})-([A-Za-z]{3})-(\d{2})[ \t]+(\d{2}):(\d{2}):(\d{2})[ \t]+GMT$/.exec(v))) {
    day = Number(m[1]);
    mon = MONTHS.indexOf((m[2] ?? '').toLowerCase());
    const yy = Number(m[3]);
    year = yy < 70 ? 2000 + yy : 1900 + yy;
    hh = Number(m[4]);
    mm = Number(m[5]);
    ss = Number(m[6]);
  } else if ((m = /^[A-Za-z]{3}[ \t]+([A-Za-z]{3})[ \t]+(\d{1,2})[ \t]+(\d{2}):(\d{2}):(\d{2})[ \t]+(\d{4})$/.exec(v))) {
    mon = MONTHS.indexOf((m[1] ?? '').toLowerCase());
    day = Number(m[2]);
    hh = Number(m[3]);
    mm = Number(m[4]);
    ss = Number(m[5]);
    year = Number(m[6]);
  } else {
    return null;
  }
  if (mon < 0 || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60) return null;
  const t = Date.UTC(year, mon, day, hh, mm, ss);
  return Number.isFinite(t) ? t : null;
}

/** Retry-After: delay-seconds or HTTP-date (RFC 9110 §10.2.3), turned into seconds from `now`. */
export function parseRetryAfter(value: string, now: Date): RetryAfter {
  const raw = value.trim();
  if (/^\d{1,12}$/.test(raw)) return { raw, seconds: Number(raw), date: null };
  // Not RFC 9110, but sent in the wild (Shopify: "Retry-After: 2.0"): round up.
  if (/^\d{1,12}\.\d{1,6}$/.test(raw)) return { raw, seconds: Math.ceil(Number(raw)), date: null };
  const t = parseHttpDate(raw);
  if (t === null) return { raw, seconds: null, date: null };
  const nowMs = now.getTime();
  const seconds = Number.isFinite(nowMs) ? Math.max(0, Math.ceil((t - nowMs) / 1000)) : null;
  return { raw, seconds, date: new Date(t).toISOString() };
}

function parseCors(map: Record<string, string>): CorsInfo | null {
  const keys = [
    'access-control-allow-origin',
    'access-control-allow-credentials',
    'access-control-allow-methods',
    'access-control-allow-headers',
    'access-control-expose-headers',
    'access-control-max-age',
  ];
  if (!keys.some((k) => map[k] !== undefined)) return null;
  const cred = map['access-control-allow-credentials'];
  const maxAge = map['access-control-max-age'];
  return {
    allowOrigin: map['access-control-allow-origin'] ?? null,
    allowCredentials: cred === undefined ? null : cred.trim().toLowerCase() === 'true',
    allowMethods: splitList(map['access-control-allow-methods'], true),
    allowHeaders: splitList(map['access-control-allow-headers'], false),
    exposeHeaders: splitList(map['access-control-expose-headers'], false),
    maxAge: maxAge !== undefined && /^\d{1,9}$/.test(maxAge.trim()) ? Number(maxAge.trim()) : null,
  };
}

/** Fill header-derived fields of `r` from its response headers. */
function deriveFromHeaders(r: ParsedResponse, now: Date): void {
  const list = r.headerList;
  r.headers = headerMap(list);
  for (const v of getAll(list, 'www-authenticate')) r.challenges.push(...parseChallenges(v));
  for (const v of getAll(list, 'proxy-authenticate')) r.proxyChallenges.push(...parseChallenges(v));
  const ra = r.headers['retry-after'];
  if (ra !== undefined) {
    r.retryAfter = parseRetryAfter(ra.split(',')[0] ?? ra, now);
    r.retryAfterSeconds = r.retryAfter.seconds;
  }
  const allow = r.headers['allow'];
  if (allow !== undefined) r.allow = splitList(allow, true);
  r.cors = parseCors(r.headers);
  for (const [k, v] of Object.entries(r.headers)) {
    if (isVendorHeader(k)) r.vendorHeaders[k] = clip(v, 500);
  }
}

// ---------------------------------------------------------------------------------------------
// Request helpers

const QUERY_CREDENTIALS = new Set([
  'api_key',
  'apikey',
  'api-key',
  'key',
  'token',
  'access_token',
  'auth_token',
  'private_token',
  'oauth_token',
  'jwt',
  'subscription-key',
  'x-amz-signature',
  'x-goog-signature',
  'sig',
  'signature',
]);

function queryCredential(target: string | null): string | null {
  if (!target) return null;
  const q = target.indexOf('?');
  if (q < 0) return null;
  const hash = target.indexOf('#', q);
  const query = target.slice(q + 1, hash < 0 ? undefined : hash);
  for (const part of query.split('&', 200)) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (value.length > 0 && QUERY_CREDENTIALS.has(name)) return name;
  }
  return null;
}

function basicIsApiKey(cred: string): boolean {
  const decoded = decodeBase64Text(cred.trim());
  if (decoded === null) return false;
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const user = decoded.slice(0, colon);
  const pass = decoded.slice(colon + 1);
  if (/^(sk|rk)_(live|test)_/.test(user)) return true;
  if (user === 'api' || user === 'apikey' || user === 'api_key') return true;
  return pass.length === 0 && user.length >= 16;
}

/** Build the request summary from its headers. */
export function describeRequest(
  headers: Header[],
  method: string | null,
  target: string | null,
  source: RequestSource | null,
  headersSeen: boolean,
): RequestInfo {
  const req = emptyRequest();
  req.source = source;
  req.headersSeen = headersSeen;
  req.method = method ? method.toUpperCase() : null;
  req.target = target;
  req.headers = headers.slice(0, MAX_HEADERS);
  const map = headerMap(headers);
  const auth = map['authorization'];
  if (auth !== undefined && auth.trim().length > 0) {
    const t = auth.trim();
    const sp = t.search(/[ \t]/);
    req.authorizationScheme = sp < 0 ? t.slice(0, 40) : t.slice(0, Math.min(sp, 40));
    if (sp >= 0 && req.authorizationScheme.toLowerCase() === 'basic') req.basicIsApiKey = basicIsApiKey(t.slice(sp + 1));
  }
  for (const h of headers) {
    const n = h.name.toLowerCase();
    if (isApiKeyHeaderName(n) && h.value.trim().length > 0 && !req.apiKeyHeaders.includes(n)) req.apiKeyHeaders.push(n);
  }
  req.cookieSent = (map['cookie'] ?? '').trim().length > 0;
  req.proxyAuthorizationSent = (map['proxy-authorization'] ?? '').trim().length > 0;
  req.queryCredential = queryCredential(target);
  req.origin = map['origin'] ?? null;
  req.secFetchMode = map['sec-fetch-mode']?.trim().toLowerCase() ?? null;
  req.secFetchSite = map['sec-fetch-site']?.trim().toLowerCase() ?? null;
  req.accessControlRequestMethod = map['access-control-request-method']?.trim() ?? null;
  req.accessControlRequestHeaders = splitList(map['access-control-request-headers'], false);
  req.userAgent = map['user-agent'] !== undefined ? clip(map['user-agent'], 300) : null;
  req.preflight = req.method === 'OPTIONS' && req.accessControlRequestMethod !== null;
  return req;
}

// ---------------------------------------------------------------------------------------------
// curl command lines ("$ curl -H 'Authorization: …' https://…"), for the request side only.

function shellWords(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let has = false;
  let i = 0;
  const n = line.length;
  while (i < n && words.length < 400) {
    const c = line[i]!;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      cur += line.slice(i + 1, end < 0 ? n : end);
      has = true;
      i = end < 0 ? n : end + 1;
    } else if (c === '"') {
      i++;
      while (i < n && line[i] !== '"') {
        if (line[i] === '\\' && i + 1 < n) i++;
        cur += line[i];
        i++;
      }
      has = true;
      i++;
    } else if (c === ' ' || c === '\t') {
      if (has) words.push(cur);
      cur = '';
      has = false;
      i++;
    } else if (c === '\\' && i + 1 < n) {
      cur += line[i + 1];
      has = true;
      i += 2;
    } else {
      cur += c;
      has = true;
      i++;
    }
  }
  if (has) words.push(cur);
  return words;
}

function requestFromCurlCommand(lines: string[]): RequestInfo | null {
  // Join backslash-continued lines, then look for the first "curl …" command.
  let cmd: string | null = null;
  for (let i = 0; i < lines.length && i < 200; i++) {
    let l = (lines[i] ?? '').trim();
    if (l.startsWith('$ ') || l.startsWith('% ') || l.startsWith('> ')) l = l.slice(2).trim();
    if (!l.startsWith('curl ') && !l.startsWith('curl.exe ')) continue;
    let full = l;
    let j = i;
    while (full.endsWith('\\') && j + 1 < lines.length && full.length < 20000) {
      j++;
      full = `${full.slice(0, -1)} ${(lines[j] ?? '').trim()}`;
    }
    cmd = full;
    break;
  }
  if (cmd === null) return null;
  const words = shellWords(cmd);
  const headers: Header[] = [];
  let method: string | null = null;
  let target: string | null = null;
  let data = false;
  // Whether the command shows every credential it sends: flags such as --netrc, -K or a header
  // read from a file or a variable could add one we cannot see.
  let complete = true;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const take = () => {
      i++;
      return next ?? '';
    };
    if (w === '-H' || w === '--header') {
      const h = HEADER_RE.exec(take());
      if (h) headers.push({ name: h[1]!, value: (h[2] ?? '').trim() });
      else complete = false;
    } else if (w === '-X' || w === '--request') {
      method = take();
    } else if (w === '-u' || w === '--user') {
      const user = take();
      let b64: string;
      try {
        b64 = btoa(user);
      } catch {
        b64 = ''; // not Latin-1: the scheme is still Basic
      }
      headers.push({ name: 'Authorization', value: `Basic ${b64}` });
    } else if (w === '--oauth2-bearer') {
      headers.push({ name: 'Authorization', value: `Bearer ${take()}` });
    } else if (w === '--aws-sigv4') {
      take();
      headers.push({ name: 'Authorization', value: 'AWS4-HMAC-SHA256 Credential=(computed by curl)' });
    } else if (w === '-b' || w === '--cookie') {
      headers.push({ name: 'Cookie', value: take() });
    } else if (w === '-I' || w === '--head') {
      method ??= 'HEAD';
    } else if (w === '-d' || w.startsWith('--data') || w === '-F' || w === '--form' || w === '--json') {
      take();
      data = true;
    } else if (['-n', '--netrc', '--netrc-optional', '--netrc-file', '-K', '--config', '--negotiate', '--ntlm', '--anyauth', '--digest', '-E', '--cert', '--key'].includes(w)) {
      complete = false;
      if (w === '--netrc-file' || w === '-K' || w === '--config' || w === '-E' || w === '--cert' || w === '--key') take();
    } else if (w.startsWith('-') && !w.startsWith('--') && w.length > 2) {
      // Grouped short flags ("-sSiH 'x: y'"): one of them may take the next word.
      if (/[HubKnEx]/.test(w.slice(1))) complete = false;
    } else if (w.startsWith('-')) {
      // flags with a value that would otherwise be taken for the URL
      if (['-o', '--output', '-A', '--user-agent', '-e', '--referer', '-x', '--proxy', '-w', '--write-out', '--connect-timeout', '-m', '--max-time', '--cacert', '--cert', '--key', '-E'].includes(w)) {
        const v = take();
        if (w === '-A' || w === '--user-agent') headers.push({ name: 'User-Agent', value: v });
        if (w === '-e' || w === '--referer') headers.push({ name: 'Referer', value: v });
      }
    } else if (target === null && (w.includes('://') || w.startsWith('/') || w.includes('.'))) {
      target = w;
    }
  }
  if (method === null) method = data ? 'POST' : 'GET';
  // https://user:password@host sends Basic credentials too.
  if (target !== null && /^[A-Za-z][A-Za-z0-9+.-]{0,15}:\/\/[^/@\s]{1,256}@/.test(target) && !headers.some((h) => h.name.toLowerCase() === 'authorization')) {
    headers.push({ name: 'Authorization', value: 'Basic (from the URL)' });
  }
  return describeRequest(headers, method, target, 'curl-command', complete);
}

// ---------------------------------------------------------------------------------------------
// Line-based formats

interface Block {
  status: number;
  reason: string | null;
  version: string | null;
  headers: Header[];
  headersDone: boolean;
  bodyLines: string[];
  requestIndex: number;
}

interface Req {
  method: string;
  target: string;
  headers: Header[];
}

function addHeaderLine(list: Header[], line: string): boolean {
  if (list.length >= MAX_HEADERS) return true;
  if (list.length > 0 && line.length > 0 && isSpaceOrTab(line.charCodeAt(0))) {
    // obs-fold continuation (RFC 9112 §5.2): join to the previous field value.
    const last = list[list.length - 1]!;
    last.value = `${last.value} ${line.trim()}`;
    return true;
  }
  const m = HEADER_RE.exec(line);
  if (!m) return false;
  list.push({ name: m[1]!, value: (m[2] ?? '').trim() });
  return true;
}

function chooseBlock(blocks: Block[]): number {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const s = blocks[i]!.status;
    if (s >= 400 && s <= 499) return i;
  }
  return blocks.length - 1;
}

function isNoiseLine(line: string): boolean {
  const t = line.trim();
  return (
    t.includes('--:--:--') ||
    t.startsWith('% Total') ||
    t.startsWith('Dload') ||
    t.startsWith('$ ') ||
    t.startsWith('curl ') ||
    t.startsWith('curl: (') ||
    t.startsWith('PS ') ||
    /^\d{1,3}[ \t]+\d+[ \t]+\d{1,3}[ \t]+\d+/.test(t)
  );
}

const PROXY_INFO = ['uses proxy env variable', 'establish http proxy tunnel', 'proxy-connect', 'connected to proxy', 'proxy auth using', 'via proxy'];

function parseCurlVerbose(r: ParsedResponse, lines: string[], now: Date): void {
  const blocks: Block[] = [];
  const reqs: Req[] = [];
  const stray: string[] = [];
  let cur: Block | null = null;
  let curReq: Req | null = null;
  for (const rawLine of lines) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const c0 = line.charCodeAt(0);
    const c1 = line.charCodeAt(1);
    if (c0 === 0x3e /* > */ && (line.length === 1 || c1 === 0x20)) {
      const rest = line.slice(2);
      const m = REQUEST_LINE_RE.exec(rest);
      if (m && (m[3] !== undefined || m[2]!.startsWith('/') || m[2]!.includes(':'))) {
        curReq = { method: m[1]!, target: m[2]!, headers: [] };
        reqs.push(curReq);
        if (m[1] === 'CONNECT') r.viaProxy = true;
      } else if (curReq && rest.trim().length > 0) {
        addHeaderLine(curReq.headers, rest);
      }
      continue;
    }
    if (c0 === 0x3c /* < */ && (line.length === 1 || c1 === 0x20)) {
      const rest = line.slice(2);
      const m = STATUS_RE.exec(rest);
      if (m) {
        cur = { status: Number(m[2]), reason: m[3]?.trim().slice(0, 200) || null, version: m[1] ?? null, headers: [], headersDone: false, bodyLines: [], requestIndex: reqs.length - 1 };
        blocks.push(cur);
      } else if (cur && !cur.headersDone) {
        if (rest.trim().length === 0) cur.headersDone = true;
        else addHeaderLine(cur.headers, rest);
      }
      continue;
    }
    if (c0 === 0x2a /* * */ && (line.length === 1 || c1 === 0x20)) {
      const l = line.toLowerCase();
      if (PROXY_INFO.some((p) => l.includes(p))) r.viaProxy = true;
      continue;
    }
    if ((c0 === 0x7b || c0 === 0x7d) && c1 === 0x20 && line.charCodeAt(2) === 0x5b) continue; // "{ [5 bytes data]"
    if (cur) {
      if (!isNoiseLine(line)) cur.bodyLines.push(line);
    } else {
      stray.push(line);
    }
  }
  r.format = 'curl-verbose';
  if (blocks.length === 0) {
    // Only the request side: keep it, read the rest as a body.
    r.body = parseBody(stray.filter((l) => !isNoiseLine(l)).join('\n'));
  } else {
    const idx = chooseBlock(blocks);
    const b = blocks[idx]!;
    r.statusHistory = blocks.map((x) => x.status);
    r.redirected = blocks.slice(0, idx).some((x) => x.status >= 300 && x.status <= 399);
    r.status = b.status;
    r.statusText = b.reason;
    r.httpVersion = b.version;
    r.statusSource = 'curl-verbose';
    r.responseHeadersSeen = true;
    r.headerList = b.headers;
    deriveFromHeaders(r, now);
    let bodyLines = b.bodyLines;
    if (bodyLines.every((l) => l.trim().length === 0) && idx === blocks.length - 1) bodyLines = stray.filter((l) => !isNoiseLine(l));
    r.body = parseBody(bodyLines.join('\n'), r.headers['content-type'] ?? '');
  }
  const req = blocks.length > 0 ? reqs[blocks[chooseBlock(blocks)]!.requestIndex] : reqs[reqs.length - 1];
  if (req) {
    r.request = describeRequest(req.headers, req.method, req.target, 'curl-verbose', true);
  } else {
    const fromCmd = requestFromCurlCommand(stray);
    if (fromCmd) r.request = fromCmd;
  }
}

const KNOWN_RESPONSE_HEADERS = new Set([
  'www-authenticate',
  'proxy-authenticate',
  'content-type',
  'content-length',
  'date',
  'server',
  'retry-after',
  'allow',
  'set-cookie',
  'location',
  'cache-control',
  'vary',
  'access-control-allow-origin',
  'access-control-allow-headers',
  'access-control-allow-methods',
  'access-control-allow-credentials',
  'x-amzn-errortype',
  'x-amzn-requestid',
  'x-amz-request-id',
  'x-github-request-id',
  'x-github-sso',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'cf-ray',
  'x-request-id',
  'request-id',
  'strict-transport-security',
  'connection',
  'x-oauth-scopes',
  'x-accepted-oauth-scopes',
]);

function parseRawHttp(r: ParsedResponse, lines: string[], now: Date): void {
  const blocks: Block[] = [];
  const pre: string[] = [];
  let cur: Block | null = null;
  for (const line of lines) {
    const t = line.trimStart();
    if (t.startsWith('HTTP/') || t.startsWith(':status')) {
      const m = STATUS_RE.exec(t.trimEnd());
      const pseudo = m ? null : /^:status:?[ \t]*(\d{3})[ \t]*$/.exec(t.trimEnd());
      if (m || pseudo) {
        cur = {
          status: Number(m ? m[2] : pseudo![1]),
          reason: m ? m[3]?.trim().slice(0, 200) || null : null,
          version: m ? (m[1] ?? null) : '2',
          headers: [],
          headersDone: false,
          bodyLines: [],
          requestIndex: -1,
        };
        blocks.push(cur);
        continue;
      }
    }
    if (!cur) {
      pre.push(line);
      continue;
    }
    if (!cur.headersDone) {
      if (line.trim().length === 0) {
        cur.headersDone = true;
        continue;
      }
      if (addHeaderLine(cur.headers, line)) continue;
      cur.headersDone = true; // no blank line before the body
    }
    cur.bodyLines.push(line);
  }
  const idx = chooseBlock(blocks);
  const b = blocks[idx]!;
  r.format = 'http';
  r.statusHistory = blocks.map((x) => x.status);
  r.redirected = blocks.slice(0, idx).some((x) => x.status >= 300 && x.status <= 399);
  r.viaProxy = blocks.slice(0, idx).some((x) => x.status === 200 && (x.reason ?? '').toLowerCase().includes('connection established'));
  r.status = b.status;
  r.statusText = b.reason;
  r.httpVersion = b.version;
  r.statusSource = 'status-line';
  r.responseHeadersSeen = true;
  r.headerList = b.headers;
  deriveFromHeaders(r, now);
  r.body = parseBody(b.bodyLines.join('\n'), r.headers['content-type'] ?? '');
  const fromCmd = requestFromCurlCommand(pre);
  if (fromCmd) r.request = fromCmd;
}

/** Chrome/Firefox DevTools text: "Status Code: 401 Unauthorized", "Response Headers", "Request Headers". */
function parseDevtools(r: ParsedResponse, lines: string[], now: Date): boolean {
  let status: number | null = null;
  let reason: string | null = null;
  let method: string | null = null;
  let url: string | null = null;
  let section: 'general' | 'response' | 'request' = 'general';
  let sawSections = false;
  let provisional = false;
  const resp: Header[] = [];
  const req: Header[] = [];
  const rest: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    const lower = t.toLowerCase();
    if (lower === 'response headers' || lower.startsWith('response headers ')) {
      section = 'response';
      sawSections = true;
      continue;
    }
    if (lower === 'request headers' || lower.startsWith('request headers ')) {
      section = 'request';
      sawSections = true;
      continue;
    }
    if (lower === 'general') continue;
    if (lower.includes('provisional headers are shown')) {
      provisional = true;
      continue;
    }
    const c0 = t.charCodeAt(0) | 0x20; // ASCII lower-case of the first character
    const sc = c0 === 0x73 /* s */ ? /^status code:?[ \t]*(\d{3})(?:[ \t]+([^\r\n]*))?$/i.exec(t) : null;
    if (sc) {
      status = Number(sc[1]);
      reason = sc[2]?.trim().slice(0, 200) || null;
      continue;
    }
    const rm = c0 === 0x72 /* r */ ? /^request method:?[ \t]*([A-Za-z]{1,20})$/i.exec(t) : null;
    if (rm) {
      method = rm[1]!.toUpperCase();
      continue;
    }
    const ru = c0 === 0x72 /* r */ ? /^request url:?[ \t]*(\S+)$/i.exec(t) : null;
    if (ru) {
      url = ru[1]!;
      continue;
    }
    if (section === 'response' && t.length > 0 && addHeaderLine(resp, t)) continue;
    if (section === 'request' && t.length > 0 && addHeaderLine(req, t)) continue;
    if (section === 'general' && /^(remote address|referrer policy):/i.test(t)) continue;
    rest.push(line);
  }
  if (status === null && !sawSections) return false;
  r.format = 'devtools';
  if (status !== null) {
    r.status = status;
    r.statusText = reason;
    r.statusSource = 'devtools';
  }
  r.responseHeadersSeen = resp.length > 0;
  r.headerList = resp;
  deriveFromHeaders(r, now);
  r.body = parseBody(rest.join('\n'), r.headers['content-type'] ?? '');
  if (req.length > 0 || method !== null) {
    r.request = describeRequest(req, method, url, 'devtools', req.length > 0 && !provisional);
    r.request.fromBrowser = true;
  }
  return true;
}

/** Headers without a status line at the top of the paste, then a body. */
function parseHeaderBlock(r: ParsedResponse, lines: string[], now: Date): boolean {
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim().length === 0) i++;
  const list: Header[] = [];
  let known = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim().length === 0) break;
    if (!addHeaderLine(list, line)) return false;
    const last = list[list.length - 1];
    if (last && KNOWN_RESPONSE_HEADERS.has(last.name.toLowerCase())) known = true;
  }
  if (!known || list.length === 0) return false;
  r.format = 'headers';
  r.responseHeadersSeen = true;
  r.headerList = list;
  deriveFromHeaders(r, now);
  r.body = parseBody(lines.slice(i + 1).join('\n'), r.headers['content-type'] ?? '');
  return true;
}

// ---------------------------------------------------------------------------------------------
// HAR

function harHeaders(v: unknown): Header[] {
  if (!Array.isArray(v)) return [];
  const out: Header[] = [];
  for (const h of v.slice(0, MAX_HEADERS)) {
    if (isRecord(h) && typeof h['name'] === 'string' && typeof h['value'] === 'string') out.push({ name: h['name'], value: h['value'] });
  }
  return out;
}

function isHar(v: unknown): v is { log: { entries: unknown[] } } {
  return isRecord(v) && isRecord(v['log']) && Array.isArray(v['log']['entries']);
}

const BROWSER_CREATORS = ['webinspector', 'firefox', 'chrome', 'chromium', 'safari', 'edge', 'webkit', 'brave', 'opera'];

function parseHar(r: ParsedResponse, har: { log: Record<string, unknown> & { entries: unknown[] } }, now: Date): void {
  r.format = 'har';
  const log = har.log;
  const entries = log.entries.filter(isRecord);
  const creator = isRecord(log['creator']) && typeof log['creator']['name'] === 'string' ? log['creator']['name'].toLowerCase() : '';
  const fromBrowser = isRecord(log['browser']) || BROWSER_CREATORS.some((b) => creator.includes(b));
  const statusOf = (e: Record<string, unknown>) => {
    const resp = e['response'];
    return isRecord(resp) && typeof resp['status'] === 'number' ? resp['status'] : 0;
  };
  if (entries.length === 0) return;
  let idx = entries.findIndex((e) => {
    const s = statusOf(e);
    return s >= 400 && s <= 499;
  });
  if (idx < 0) idx = entries.length - 1;
  const e = entries[idx]!;
  const resp = isRecord(e['response']) ? e['response'] : {};
  const reqRaw = isRecord(e['request']) ? e['request'] : {};
  const status = statusOf(e);
  r.statusHistory = entries.slice(0, idx + 1).map(statusOf);
  if (status > 0) {
    r.status = status;
    r.statusSource = 'har';
  }
  r.statusText = typeof resp['statusText'] === 'string' && resp['statusText'].length > 0 ? clip(resp['statusText'], 200) : null;
  r.httpVersion = typeof resp['httpVersion'] === 'string' ? clip(resp['httpVersion'], 20) : null;
  r.headerList = harHeaders(resp['headers']);
  r.responseHeadersSeen = r.headerList.length > 0;
  deriveFromHeaders(r, now);
  const content = isRecord(resp['content']) ? resp['content'] : {};
  let text = typeof content['text'] === 'string' ? content['text'] : '';
  if (content['encoding'] === 'base64') text = decodeBase64Text(text.replace(/\s+/g, '')) ?? '';
  const mime = typeof content['mimeType'] === 'string' ? content['mimeType'] : '';
  r.body = parseBody(text, r.headers['content-type'] ?? mime);
  // Redirect: the previous entry is a 3xx pointing at this request's URL.
  const url = typeof reqRaw['url'] === 'string' ? reqRaw['url'] : null;
  const prev = idx > 0 ? entries[idx - 1] : undefined;
  if (prev && url) {
    const ps = statusOf(prev);
    const pr = isRecord(prev['response']) ? prev['response'] : {};
    const loc = typeof pr['redirectURL'] === 'string' && pr['redirectURL'].length > 0 ? pr['redirectURL'] : (headerMap(harHeaders(pr['headers']))['location'] ?? '');
    if (ps >= 300 && ps <= 399 && loc.length > 0 && (url === loc || url.endsWith(loc))) r.redirected = true;
  }
  const reqHeaders = harHeaders(reqRaw['headers']);
  // HTTP/2 pseudo-headers in Chrome HARs (":method", ":path") are not request headers.
  const realHeaders = reqHeaders.filter((h) => !h.name.startsWith(':'));
  const method = typeof reqRaw['method'] === 'string' ? reqRaw['method'] : null;
  r.request = describeRequest(realHeaders, method, url, 'har', reqHeaders.length > 0);
  const cookies = reqRaw['cookies'];
  if (Array.isArray(cookies) && cookies.length > 0) r.request.cookieSent = true;
  r.request.fromBrowser = fromBrowser;
  r.request.resourceType = typeof e['_resourceType'] === 'string' ? clip(e['_resourceType'].toLowerCase(), 40) : null;
  if (r.request.resourceType === 'preflight' && r.request.method === 'OPTIONS') r.request.preflight = true;
}

// ---------------------------------------------------------------------------------------------

function finish(r: ParsedResponse): ParsedResponse {
  if (r.status === null && r.body.status !== null) {
    r.status = r.body.status;
    r.statusSource = r.body.kind === 'html' ? 'html-title' : 'json-body';
  }
  if (r.format === 'empty' || r.format === 'text' || r.format === 'json' || r.format === 'xml' || r.format === 'html') {
    const k = r.body.kind;
    r.format = k === 'problem+json' ? 'json' : k === 'empty' ? (r.raw.trim().length === 0 ? 'empty' : 'text') : k;
  }
  if (r.tooLarge) {
    r.message = `The paste is longer than ${MAX_INPUT / 1024} KiB; only the first ${MAX_INPUT / 1024} KiB were analysed. Paste just the response headers and the error body.`;
  }
  return r;
}

function parseInner(input: string, now: Date): ParsedResponse {
  let text = typeof input === 'string' ? input : '';
  const tooLarge = text.length > MAX_INPUT;
  if (tooLarge) text = text.slice(0, MAX_INPUT);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  const r = blank(text, tooLarge);
  const trimmed = text.trim();
  if (trimmed.length === 0) return finish(r);

  const c0 = trimmed.charCodeAt(0);
  if (c0 === 0x7b || c0 === 0x5b) {
    const v = tryJson(trimmed);
    if (isHar(v)) {
      parseHar(r, v as { log: Record<string, unknown> & { entries: unknown[] } }, now);
      return finish(r);
    }
    r.format = 'json';
    // Reuse the parse above rather than parsing a large document twice.
    r.body = v !== undefined && typeof v === 'object' ? fromJsonValue(v, trimmed, '') : parseBody(trimmed);
    return finish(r);
  }

  const lines = text.split('\n');
  let curl = false;
  let http = false;
  for (const line of lines) {
    if (line.startsWith('< HTTP/') || (line.startsWith('> ') && REQUEST_LINE_RE.test(line.slice(2)) && line.includes(' HTTP/'))) {
      curl = true;
      break;
    }
    if (!http) {
      const t = line.trimStart();
      if ((t.startsWith('HTTP/') && STATUS_RE.test(t.trimEnd())) || /^:status:?[ \t]*\d{3}[ \t]*$/.test(t)) http = true;
    }
  }
  const lower = curl || http ? '' : text.slice(0, 64 * 1024).toLowerCase();
  const devtools = lower.includes('status code') || lower.includes('response headers') || lower.includes('request headers');
  if (curl) parseCurlVerbose(r, lines, now);
  else if (http) parseRawHttp(r, lines, now);
  else if (!(devtools && parseDevtools(r, lines, now)) && !parseHeaderBlock(r, lines, now)) {
    r.body = parseBody(trimmed);
    r.format = 'text';
    const fromCmd = requestFromCurlCommand(lines);
    if (fromCmd) r.request = fromCmd;
  }
  return finish(r);
}

/**
 * Read a pasted response. `now` anchors Retry-After dates. Never throws: on an internal error the
 * result is empty with a `message`.
 */
export function parseResponse(input: string, now: Date = new Date()): ParsedResponse {
  try {
    return parseInner(input, now);
  } catch {
    const raw = typeof input === 'string' ? input.slice(0, MAX_INPUT) : '';
    const r = blank(raw, typeof input === 'string' && input.length > MAX_INPUT);
    r.message = 'This paste could not be read. Paste the response headers and body as text.';
    return r;
  }
}
