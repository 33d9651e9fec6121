// Used in Node and the browser: the response analyzer's entry point. analyze() redacts the paste
// for display, parses it, decodes JWTs locally and derives wizard evidence, and returns a plain,
// JSON-serialisable object in which no credential survives (header values, messages, request
// target, facts: everything is redacted). It does not rank causes: the wizard engine does that
// from `evidence`.
import { findJwts, humanDuration, type JwtReport } from './jwt.ts';
import { toEvidence, type EvidenceResult } from './evidence.ts';
import {
  MAX_INPUT,
  parseResponse,
  type Challenge,
  type CorsInfo,
  type Header,
  type InputFormat,
  type Problem,
  type RequestInfo,
  type RetryAfter,
  type BodyKind,
} from './parse.ts';
import { matchPatterns, type PatternLike } from './patterns.ts';
import { redactDetailed, redactHeaderValue, redactSecrets, scrubKnown, type Redaction } from './redact.ts';
import { clip } from './util.ts';

/** Longest header value or request target returned (after redaction). */
const MAX_FIELD = 2000;

export { MAX_INPUT, parseResponse, parseHttpDate, parseRetryAfter } from './parse.ts';
export type { ParsedResponse, Header, CorsInfo, RetryAfter, RequestInfo, InputFormat, Challenge } from './parse.ts';
export { redactSecrets, redactHeaderValue, REDACTED } from './redact.ts';
export type { Redaction, RedactResult } from './redact.ts';
export { findJwts, decodeJwt } from './jwt.ts';
export type { JwtReport } from './jwt.ts';
export { toEvidence, classifyErrorText, ANSWERABLE } from './evidence.ts';
export type { EvidenceResult, EvidenceOptions } from './evidence.ts';
export { matchPatterns, normalizeForMatch } from './patterns.ts';
export type { PatternLike } from './patterns.ts';
export { parseChallenges } from './challenge.ts';

/**
 * The request side as the result carries it: the parser's fields that are safe to show, with the
 * target's query credentials and the header values redacted.
 */
export type AnalyzedRequest = Pick<
  RequestInfo,
  | 'source' | 'headersSeen' | 'method' | 'target' | 'headers' | 'authorizationScheme' | 'apiKeyHeaders' | 'cookieSent'
  | 'queryCredential' | 'proxyAuthorizationSent' | 'origin' | 'secFetchMode' | 'accessControlRequestMethod'
  | 'accessControlRequestHeaders' | 'preflight' | 'fromBrowser' | 'resourceType'
>;

export interface AnalysisResult {
  tooLarge: boolean;
  /** Set when the input was cut or could not be read. */
  message?: string;
  format: InputFormat;
  /** The whole paste with credentials replaced: safe to show. */
  redacted: string;
  redactions: Redaction[];
  status: number | null;
  statusText: string | null;
  /** Response headers in order, values redacted. */
  headers: Header[];
  challenges: Challenge[];
  proxyChallenges: Challenge[];
  retryAfterSeconds: number | null;
  retryAfter: RetryAfter | null;
  allow: string[] | null;
  cors: CorsInfo | null;
  vendorHeaders: Record<string, string>;
  body: {
    kind: BodyKind;
    messages: string[];
    errorCodes: string[];
    problem: Problem | null;
    title: string | null;
  };
  request: AnalyzedRequest;
  /** JWTs found in the paste, decoded locally (no verification, no personal claims). */
  jwts: JwtReport[];
  evidence: EvidenceResult;
  /** Ids of the given patterns found in the paste (only when `options.patterns` was passed). */
  patternMatches: string[];
}

export interface AnalyzeOptions {
  /** Content patterns to match (see matchPatterns); their ids are returned in `patternMatches`. */
  patterns?: readonly PatternLike[];
}

function jwtFacts(jwts: JwtReport[]): string[] {
  const facts: string[] = [];
  for (const j of jwts.slice(0, 3)) {
    const where = j.location === 'authorization-header' ? 'in the Authorization header' : j.location === 'cookie' ? 'in a cookie' : 'in the paste';
    const head = [j.alg ? `alg ${j.alg}` : null, j.kid ? `kid ${j.kid}` : null].filter((x) => x !== null).join(', ');
    let line = `A JWT ${where}${head ? ` (${head})` : ''}`;
    if (j.expired === true && j.exp !== null && j.secondsToExpiry !== null) line += `: expired ${humanDuration(-j.secondsToExpiry)} ago (${j.expiresAt ?? j.exp})`;
    else if (j.expired === false && j.secondsToExpiry !== null) line += `: valid for another ${humanDuration(j.secondsToExpiry)}`;
    else if (j.kind === 'jwe') line += ': encrypted, only the header is readable';
    if (j.notYetValid === true) line += '; not valid yet (nbf in the future)';
    if (j.iss) line += `; issuer ${j.iss}`;
    if (j.aud) line += `; audience ${j.aud.join(', ')}`;
    facts.push(`${line}.`);
    for (const n of j.notes) if (!n.startsWith('Expired ')) facts.push(n);
  }
  return facts;
}

/** Apply `fn` to every string in a plain JSON-like value (arrays, records), depth-limited. */
function mapStrings<T>(value: T, fn: (s: string) => string, depth = 0): T {
  if (typeof value === 'string') return fn(value) as T;
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[fn(k)] = mapStrings(v, fn, depth + 1);
  return out as T;
}

function analyzeInner(input: string, now: Date, options: AnalyzeOptions): AnalysisResult {
  const text = typeof input === 'string' ? input : '';
  const capped = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  // 1. Redact first: this is what the page may show.
  const red = redactDetailed(capped);
  const secrets = red.secrets;
  // 2. Parse, decode, derive — from the original text, never shown as is.
  const parsed = parseResponse(text, now);
  const jwts = findJwts(parsed.raw, now);
  const evidence = toEvidence(parsed, { secrets });
  evidence.facts.push(...jwtFacts(jwts));
  const patternMatches = options.patterns ? matchPatterns(parsed, options.patterns) : [];

  // 3. Everything below is redacted: token rules on each string, then known secret values.
  const clean = (s: string) => scrubKnown(redactSecrets(s).text, secrets).text;
  // Redact first, then cut: a cut made before redaction could leave half a secret behind.
  const cut = (s: string) => clip(s, MAX_FIELD);
  const headerOut = (list: Header[]) => list.map((h) => ({ name: clip(h.name, 200), value: cut(scrubKnown(redactHeaderValue(h.name, h.value), secrets).text) }));
  const vendorHeaders: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed.vendorHeaders)) vendorHeaders[k] = scrubKnown(redactHeaderValue(k, v), secrets).text;
  const req = parsed.request;
  const result: AnalysisResult = {
    tooLarge: parsed.tooLarge,
    format: parsed.format,
    redacted: red.text,
    redactions: red.redactions,
    status: parsed.status,
    statusText: parsed.statusText,
    headers: headerOut(parsed.headerList),
    challenges: parsed.challenges,
    proxyChallenges: parsed.proxyChallenges,
    retryAfterSeconds: parsed.retryAfterSeconds,
    retryAfter: parsed.retryAfter,
    allow: parsed.allow,
    cors: parsed.cors,
    vendorHeaders,
    body: {
      kind: parsed.body.kind,
      messages: parsed.body.messages,
      errorCodes: parsed.body.errorCodes,
      problem: parsed.body.problem,
      title: parsed.body.title,
    },
    request: {
      source: req.source,
      headersSeen: req.headersSeen,
      method: req.method,
      target: req.target === null ? null : cut(clean(req.target)),
      headers: headerOut(req.headers),
      authorizationScheme: req.authorizationScheme,
      apiKeyHeaders: req.apiKeyHeaders,
      cookieSent: req.cookieSent,
      queryCredential: req.queryCredential,
      proxyAuthorizationSent: req.proxyAuthorizationSent,
      origin: req.origin,
      secFetchMode: req.secFetchMode,
      accessControlRequestMethod: req.accessControlRequestMethod,
      accessControlRequestHeaders: req.accessControlRequestHeaders,
      preflight: req.preflight,
      fromBrowser: req.fromBrowser,
      resourceType: req.resourceType,
    },
    jwts,
    evidence,
    patternMatches,
  };
  if (parsed.message !== undefined) result.message = parsed.message;
  // Safety net over every string except the already-redacted paste. Header values keep their
  // name-aware redaction (already applied); the token rules are idempotent on them.
  const { redacted, ...rest } = result;
  const safeRest = mapStrings(rest, clean);
  return { ...safeRest, redacted };
}

/**
 * Analyse a pasted response. `now` anchors Retry-After dates and JWT expiry. Never throws; an
 * input over MAX_INPUT is cut (see `tooLarge` / `message`).
 */
export function analyze(input: string, now: Date, options: AnalyzeOptions = {}): AnalysisResult {
  try {
    return analyzeInner(input, now, options);
  } catch {
    const evidence: EvidenceResult = { status: null, answers: {}, facts: [] };
    return {
      tooLarge: typeof input === 'string' && input.length > MAX_INPUT,
      message: 'This paste could not be analysed. Paste the response headers and body as text.',
      format: 'empty',
      redacted: '',
      redactions: [],
      status: null,
      statusText: null,
      headers: [],
      challenges: [],
      proxyChallenges: [],
      retryAfterSeconds: null,
      retryAfter: null,
      allow: null,
      cors: null,
      vendorHeaders: {},
      body: { kind: 'empty', messages: [], errorCodes: [], problem: null, title: null },
      request: {
        source: null,
        headersSeen: false,
        method: null,
        target: null,
        headers: [],
        authorizationScheme: null,
        apiKeyHeaders: [],
        cookieSent: false,
        queryCredential: null,
        proxyAuthorizationSent: false,
        origin: null,
        secFetchMode: null,
        accessControlRequestMethod: null,
        accessControlRequestHeaders: null,
        preflight: false,
        fromBrowser: false,
        resourceType: null,
      },
      jwts: [],
      evidence,
      patternMatches: [],
    };
  }
}
