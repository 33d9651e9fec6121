// Used in Node and the browser: removes credentials from pasted text before anything is shown.
//
// Every pass is linear in the input: the regular expressions below start with a literal prefix
// and have no nested or overlapping quantifiers (a failed attempt can only rescan a bounded number
// of characters), and the context-dependent values (header values, quoted JSON strings, cookie
// arrays in HAR files) are scanned by hand. Where it helps diagnosis, a short non-secret hint is
// kept: `sk_test_…[redacted]` still tells test from live, `Bearer …[redacted]` still shows the
// scheme, cookie names and Set-Cookie attributes stay.
import { findJwtSpans } from './jwt.ts';
import { isSecretHeaderName, isSecretJsonKey, isSecretParamName } from './names.ts';
import { decodeBase64Text, isSpaceOrTab, isTchar } from './util.ts';

export interface Redaction {
  kind: string;
  count: number;
}

export interface RedactResult {
  text: string;
  redactions: Redaction[];
}

export interface RedactDetail extends RedactResult {
  /** The secret values found by context (header values, JSON fields…), for scrubbing copies elsewhere. */
  secrets: string[];
}

/** The marker that replaces a secret. */
export const REDACTED = '[redacted]';
const HINT = '…[redacted]';
const MAX_SECRETS = 100;
const MIN_ECHO = 8;

interface Ctx {
  tally: Map<string, number>;
  secrets: Set<string>;
}

function count(ctx: Ctx, kind: string): void {
  ctx.tally.set(kind, (ctx.tally.get(kind) ?? 0) + 1);
}

function remember(ctx: Ctx, value: string): void {
  const v = value.trim();
  if (v.length >= MIN_ECHO && ctx.secrets.size < MAX_SECRETS && !v.includes(REDACTED)) ctx.secrets.add(v);
}

/** Values that are obviously not secrets: empty, `undefined`, `YOUR_SECRET_KEY`, `{{token}}`, `$TOKEN`… */
export function isPlaceholder(value: string): boolean {
  const t = value.trim();
  if (t.length === 0 || t.includes(REDACTED)) return true;
  const l = t.toLowerCase();
  if (l === 'undefined' || l === 'null' || l === 'none' || l === 'nil' || l === '[object object]' || l === 'true' || l === 'false') {
    return true;
  }
  if (t.length <= 48 && t.includes('_') && /^[A-Z][A-Z_]+$/.test(t)) return true;
  return /^(?:\{\{[^{}]{1,60}\}\}|<[^<>]{1,60}>|\$\{[A-Za-z_][A-Za-z0-9_]{0,60}\}|\$[A-Za-z_][A-Za-z0-9_]{0,60})$/.test(t);
}

/** Replace each match of a global regex by fn's result (null keeps the match). */
function replaceMatches(text: string, re: RegExp, fn: (m: RegExpExecArray) => string | null): string {
  return rewriteFrom(text, re, (m) => {
    const rep = fn(m);
    return rep === null ? null : { end: m.index + m[0].length, rep };
  });
}

/**
 * Like replaceMatches, but fn also decides where the replaced span ends (a value that follows the
 * match): it returns the end offset and the text for [match.index, end).
 */
function rewriteFrom(text: string, re: RegExp, fn: (m: RegExpExecArray) => { end: number; rep: string } | null): string {
  let out = '';
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = fn(m);
    if (r !== null && r.end >= m.index + m[0].length) {
      out += text.slice(last, m.index) + r.rep;
      last = r.end;
      re.lastIndex = r.end;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** End of a JSON string whose content starts at `from`: the index of the closing quote (or line end). */
function jsonStringEnd(text: string, from: number, escapedQuotes: boolean): number {
  let p = from;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === 0x0a || c === 0x0d) return p;
    if (escapedQuotes) {
      // Inside a JSON string that is itself inside JSON: the closing quote is written \"
      if (c === 0x5c && text.charCodeAt(p + 1) === 0x22) return p;
      if (c === 0x5c) {
        p += 2;
        continue;
      }
    } else {
      if (c === 0x22) return p;
      if (c === 0x5c) {
        p += 2;
        continue;
      }
    }
    p++;
  }
  return text.length;
}

/** End of a header value: the line end, or `quote` when the value was opened by one. */
function headerValueEnd(text: string, from: number, quote: number): number {
  let p = from;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === 0x0a || c === 0x0d) break;
    if (quote !== 0 && c === quote) break;
    if (quote === 0x22 && c === 0x5c) {
      p += 2;
      continue;
    }
    p++;
  }
  return Math.min(p, text.length);
}

// ---------------------------------------------------------------------------------------------
// Header values

function redactCookiePairs(value: string, ctx: Ctx, setCookie: boolean): string {
  const ATTRS = new Set(['path', 'domain', 'expires', 'max-age', 'samesite', 'secure', 'httponly', 'partitioned', 'priority', 'version', 'comment']);
  const parts = value.split(';');
  return parts
    .map((part, i) => {
      const eq = part.indexOf('=');
      if (eq < 0) return part;
      const name = part.slice(0, eq);
      const v = part.slice(eq + 1);
      if (setCookie && i > 0 && ATTRS.has(name.trim().toLowerCase())) return part;
      if (v.trim().length === 0 || isPlaceholder(v)) return part;
      remember(ctx, v);
      count(ctx, 'cookie');
      return `${name}=${REDACTED}`;
    })
    .join(';');
}

function redactAws4(params: string, ctx: Ctx): string {
  return params
    .split(',')
    .map((p) => {
      const eq = p.indexOf('=');
      if (eq < 0) return p;
      const k = p.slice(0, eq);
      const v = p.slice(eq + 1);
      const key = k.trim().toLowerCase();
      if (key === 'credential') {
        // Keep the scope (date/region/service/aws4_request): it matters for signature errors.
        const slash = v.indexOf('/');
        const id = slash < 0 ? v : v.slice(0, slash);
        if (id.includes(REDACTED)) return p;
        remember(ctx, id);
        const hint = id.startsWith('ASIA') || id.startsWith('AKIA') ? `${id.slice(0, 4)}${HINT}` : HINT;
        return `${k}=${hint}${slash < 0 ? '' : v.slice(slash)}`;
      }
      if (key === 'signature') {
        remember(ctx, v);
        return `${k}=${REDACTED}`;
      }
      return p;
    })
    .join(',');
}

function redactAuthorization(value: string, ctx: Ctx, proxy: boolean): string {
  const lead = value.length - value.trimStart().length;
  const v = value.trimStart();
  let i = 0;
  while (i < v.length && isTchar(v.charCodeAt(i))) i++;
  const scheme = v.slice(0, i);
  let j = i;
  while (j < v.length && isSpaceOrTab(v.charCodeAt(j))) j++;
  const cred = v.slice(j);
  const kind = proxy ? 'proxy-authorization' : 'authorization';
  if (j === i || cred.length === 0) {
    // A bare token without a scheme.
    if (isPlaceholder(v)) return value;
    remember(ctx, v);
    count(ctx, kind);
    return value.slice(0, lead) + HINT;
  }
  if (isPlaceholder(cred) || cred.includes(REDACTED)) return value;
  const s = scheme.toLowerCase();
  let out: string;
  if (s === 'aws4-hmac-sha256') {
    out = redactAws4(cred, ctx);
    count(ctx, 'aws-signature');
  } else {
    if (s === 'basic') {
      const decoded = decodeBase64Text(cred.trim());
      if (decoded !== null) {
        const colon = decoded.indexOf(':');
        remember(ctx, colon < 0 ? decoded : decoded.slice(colon + 1));
        if (colon > 0) remember(ctx, decoded.slice(0, colon));
      }
    }
    remember(ctx, cred);
    out = HINT;
    count(ctx, proxy ? kind : s === 'basic' ? 'basic-credentials' : s === 'bearer' ? 'bearer-token' : kind);
  }
  return `${value.slice(0, lead)}${scheme} ${out}`;
}

function redactValueFor(name: string, value: string, ctx: Ctx): string {
  const n = name.toLowerCase();
  if (n === 'authorization') return redactAuthorization(value, ctx, false);
  if (n === 'proxy-authorization') return redactAuthorization(value, ctx, true);
  if (n === 'cookie') return redactCookiePairs(value, ctx, false);
  if (n === 'set-cookie') return redactCookiePairs(value, ctx, true);
  if (isPlaceholder(value)) return value;
  remember(ctx, value);
  count(ctx, n.includes('csrf') || n.includes('xsrf') ? 'csrf-token' : n.includes('signature') || n.includes('hmac') ? 'signature' : 'api-key-header');
  const lead = value.length - value.trimStart().length;
  return value.slice(0, lead) + HINT;
}

// ---------------------------------------------------------------------------------------------
// Passes

interface TokenRule {
  kind: string;
  re: RegExp;
  /** Replacement for the whole match. */
  rep: (m: RegExpExecArray) => string;
}

const TOKEN_RULES: TokenRule[] = [
  { kind: 'anthropic-key', re: /\bsk-ant-[A-Za-z0-9_-]{16,}/g, rep: () => `sk-ant-${HINT}` },
  {
    kind: 'openai-key',
    re: /\bsk-(?:(proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,}/g,
    rep: (m) => (m[1] ? `sk-${m[1]}-${HINT}` : `sk-${HINT}`),
  },
  { kind: 'stripe-key', re: /\b(sk|pk|rk)_(live|test)_[0-9A-Za-z]{10,}/g, rep: (m) => `${m[1]}_${m[2]}_${HINT}` },
  { kind: 'stripe-webhook-secret', re: /\bwhsec_[0-9A-Za-z]{16,}/g, rep: () => `whsec_${HINT}` },
  { kind: 'github-token', re: /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}/g, rep: (m) => `${m[1]}_${HINT}` },
  { kind: 'github-token', re: /\bgithub_pat_[A-Za-z0-9_]{20,}/g, rep: () => `github_pat_${HINT}` },
  { kind: 'gitlab-token', re: /\bglpat-[A-Za-z0-9_-]{20,}/g, rep: () => `glpat-${HINT}` },
  { kind: 'slack-token', re: /\b(xox[abposre])-[A-Za-z0-9-]{8,}/g, rep: (m) => `${m[1]}-${HINT}` },
  { kind: 'slack-token', re: /\bxapp-[A-Za-z0-9-]{10,}/g, rep: () => `xapp-${HINT}` },
  { kind: 'google-api-key', re: /\bAIza[0-9A-Za-z_-]{30,}/g, rep: () => `AIza${HINT}` },
  { kind: 'google-oauth-token', re: /\bya29\.[0-9A-Za-z_-]{20,}/g, rep: () => `ya29.${HINT}` },
  { kind: 'sendgrid-key', re: /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g, rep: () => `SG.${HINT}` },
  { kind: 'shopify-token', re: /\b(shpat|shpca|shppa|shpss)_[a-fA-F0-9]{32}/g, rep: (m) => `${m[1]}_${HINT}` },
  { kind: 'npm-token', re: /\bnpm_[A-Za-z0-9]{36}/g, rep: () => `npm_${HINT}` },
  { kind: 'huggingface-token', re: /\bhf_[A-Za-z0-9]{30,}/g, rep: () => `hf_${HINT}` },
  { kind: 'atlassian-token', re: /\bATATT[A-Za-z0-9_=-]{20,}/g, rep: () => `ATATT${HINT}` },
  { kind: 'aws-access-key-id', re: /\b(AKIA|ASIA|AIDA|AROA)[A-Z0-9]{16}\b/g, rep: (m) => `${m[1]}${HINT}` },
];

function pemPass(text: string, ctx: Ctx): string {
  let out = '';
  let last = 0;
  let i = text.indexOf('-----BEGIN');
  while (i >= 0) {
    const headEnd = text.indexOf('-----', i + 10);
    if (headEnd < 0) break;
    const label = text.slice(i + 10, headEnd);
    if (!label.includes('PRIVATE KEY') || label.length > 60) {
      i = text.indexOf('-----BEGIN', headEnd);
      continue;
    }
    const endMark = text.indexOf('-----END', headEnd + 5);
    const stop = endMark < 0 ? text.length : text.indexOf('-----', endMark + 8);
    const end = stop < 0 ? text.length : stop + 5;
    out += `${text.slice(last, i)}-----BEGIN${label}-----${REDACTED}-----END${label}-----`;
    count(ctx, 'private-key');
    last = end;
    i = text.indexOf('-----BEGIN', end);
  }
  return last === 0 ? text : out + text.slice(last);
}

function jwtPass(text: string, ctx: Ctx): string {
  const spans = findJwtSpans(text, Number.MAX_SAFE_INTEGER);
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += `${text.slice(last, s.start)}eyJ${HINT}`;
    remember(ctx, text.slice(s.start, s.end));
    count(ctx, 'jwt');
    last = s.end;
  }
  return out + text.slice(last);
}

function tokenPass(text: string, ctx: Ctx): string {
  let t = text;
  for (const rule of TOKEN_RULES) {
    t = replaceMatches(t, rule.re, (m) => {
      remember(ctx, m[0]);
      count(ctx, rule.kind);
      return rule.rep(m);
    });
  }
  return t;
}

const AWS_SECRET_RE =
  /\b(aws_secret_access_key|aws_session_token|secret_access_key|secretaccesskey|sessiontoken)(["']?[ \t]*[:=][ \t]*["']?)([A-Za-z0-9/+=]{16,})/gi;

function awsSecretPass(text: string, ctx: Ctx): string {
  return replaceMatches(text, AWS_SECRET_RE, (m) => {
    remember(ctx, m[3] ?? '');
    count(ctx, 'aws-secret');
    return `${m[1]}${m[2]}${REDACTED}`;
  });
}

/** Secret header names that may appear anywhere on a line (`-H 'x-api-key: …'`, JSON, raw headers). */
const NAMED_HEADER_RE =
  /(^|[^A-Za-z0-9_-])(proxy-authorization|authorization|set-cookie|cookie|x-api-key|x-apikey|api-key|apikey|x-api-token|x-auth-token|x-access-token|x-auth-key|ocp-apim-subscription-key|x-goog-api-key|x-functions-key|private-token|x-shopify-access-token|x-rapidapi-key|x-amz-security-token|x-csrf-token|x-xsrf-token|x-csrftoken|x-subscription-token|x-vault-token)(["']?[ \t]*:[ \t]*)/gi;

function namedHeaderPass(text: string, ctx: Ctx): string {
  return rewriteFrom(text, NAMED_HEADER_RE, (m) => {
    const pre = m[1] ?? '';
    const name = m[2] ?? '';
    const sep = m[3] ?? '';
    let start = m.index + m[0].length;
    let quote = 0;
    const first = text.charCodeAt(start);
    if (first === 0x22 || first === 0x27) {
      quote = first;
      start++;
    } else if ((pre === '"' || pre === "'") && !sep.includes(pre)) {
      quote = pre.charCodeAt(0);
    }
    const end = headerValueEnd(text, start, quote);
    const raw = text.slice(start, end);
    const value = raw.trimEnd();
    if (value.length === 0) return null;
    const red = redactValueFor(name, value, ctx);
    if (red === value) return null;
    return { end: start + value.length, rep: text.slice(m.index, start) + red };
  });
}

/** `Name: value` lines whose name looks secret but is not in the explicit list (x-my-api-key…). */
function headerLinePass(text: string, ctx: Ctx): string {
  let out = '';
  let last = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let p = lineStart;
    while (p < lineEnd && isSpaceOrTab(text.charCodeAt(p))) p++;
    const c0 = text.charCodeAt(p);
    if ((c0 === 0x3e || c0 === 0x3c) && text.charCodeAt(p + 1) === 0x20) p += 2; // "> " / "< "
    const nameStart = p;
    while (p < lineEnd && isTchar(text.charCodeAt(p))) p++;
    const name = text.slice(nameStart, p);
    if (name.length > 0 && name.length <= 80 && text.charCodeAt(p) === 0x3a && isSecretHeaderName(name)) {
      let v = p + 1;
      while (v < lineEnd && isSpaceOrTab(text.charCodeAt(v))) v++;
      let vEnd = lineEnd;
      while (vEnd > v && (text.charCodeAt(vEnd - 1) === 0x0d || isSpaceOrTab(text.charCodeAt(vEnd - 1)))) vEnd--;
      const value = text.slice(v, vEnd);
      if (value.length > 0) {
        const red = redactValueFor(name, value, ctx);
        if (red !== value) {
          out += text.slice(last, v) + red;
          last = vEnd;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

const HAR_PAIR_RE = /"name"[ \t\r\n]*:[ \t\r\n]*"([^"\\\r\n]{1,100})"[ \t\r\n]*,[ \t\r\n]*"value"[ \t\r\n]*:[ \t\r\n]*"/g;

/** HAR header / query / form pairs: {"name": "Authorization", "value": "…"}. */
function harPairPass(text: string, ctx: Ctx): string {
  return rewriteFrom(text, HAR_PAIR_RE, (m) => {
    const name = m[1] ?? '';
    if (!isSecretHeaderName(name) && !isSecretParamName(name)) return null;
    const start = m.index + m[0].length;
    const end = jsonStringEnd(text, start, false);
    const value = text.slice(start, end);
    if (value.length === 0) return null;
    const red = isSecretHeaderName(name) ? redactValueFor(name, value, ctx) : isPlaceholder(value) ? value : REDACTED;
    if (red === value) return null;
    if (!isSecretHeaderName(name)) {
      remember(ctx, value);
      count(ctx, 'query-secret');
    }
    return { end, rep: text.slice(m.index, start) + red };
  });
}

const HAR_COOKIES_RE = /"cookies"[ \t\r\n]*:[ \t\r\n]*\[/g;
const JSON_VALUE_RE = /"value"[ \t\r\n]*:[ \t\r\n]*"/g;

/** HAR cookie arrays: every cookie value is a secret, whatever its name. */
function harCookiesPass(text: string, ctx: Ctx): string {
  let out = '';
  let last = 0;
  HAR_COOKIES_RE.lastIndex = 0;
  for (let m = HAR_COOKIES_RE.exec(text); m !== null; m = HAR_COOKIES_RE.exec(text)) {
    const from = HAR_COOKIES_RE.lastIndex;
    let p = from;
    let depth = 1;
    while (p < text.length && depth > 0) {
      const c = text.charCodeAt(p);
      if (c === 0x22) {
        p = jsonStringEnd(text, p + 1, false) + 1;
        continue;
      }
      if (c === 0x5b) depth++;
      else if (c === 0x5d) depth--;
      p++;
    }
    const arr = text.slice(from, p);
    const red = rewriteFrom(arr, JSON_VALUE_RE, (v) => {
      const start = v.index + v[0].length;
      const end = jsonStringEnd(arr, start, false);
      const value = arr.slice(start, end);
      if (value.length === 0 || isPlaceholder(value)) return null;
      remember(ctx, value);
      count(ctx, 'cookie');
      return { end, rep: arr.slice(v.index, start) + REDACTED };
    });
    out += text.slice(last, from) + red;
    last = p;
    HAR_COOKIES_RE.lastIndex = Math.max(p, from);
  }
  return last === 0 ? text : out + text.slice(last);
}

const JSON_FIELD_RE = /(\\?)"([A-Za-z0-9_.$@-]{1,64})\\?"[ \t\r\n]*:[ \t\r\n]*\\?"/g;

/** "password": "…", "client_secret": "…", "access_token": "…" (also inside escaped JSON). */
function jsonFieldPass(text: string, ctx: Ctx): string {
  return rewriteFrom(text, JSON_FIELD_RE, (m) => {
    if (!isSecretJsonKey(m[2] ?? '')) return null;
    const start = m.index + m[0].length;
    const end = jsonStringEnd(text, start, m[1] === '\\');
    const value = text.slice(start, end);
    if (value.length === 0 || isPlaceholder(value) || value.startsWith('…')) return null;
    remember(ctx, value);
    count(ctx, 'json-secret');
    return { end, rep: text.slice(m.index, start) + REDACTED };
  });
}

const PARAM_RE =
  /(^|[?&;\s"'])(api_key|apikey|api-key|key|token|access_token|accesstoken|id_token|refresh_token|auth_token|private_token|oauth_token|oauth_signature|client_secret|password|passwd|secret|sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|x-goog-credential|code|authorization_request|sessionid|session_id|jwt|auth|subscription-key)=([^&\s"'#<>\\,]+)/gim;

function paramPass(text: string, ctx: Ctx): string {
  return replaceMatches(text, PARAM_RE, (m) => {
    const value = m[3] ?? '';
    if (isPlaceholder(value) || value.startsWith('…') || value.startsWith('[')) return null;
    remember(ctx, value);
    count(ctx, 'query-secret');
    return `${m[1]}${m[2]}=${REDACTED}`;
  });
}

/** A short all-lower-case word ("challenge", "authentication"): prose, not a token. */
function isPlainWord(s: string): boolean {
  return s.length < 20 && /^[a-z]+$/.test(s);
}

const BEARER_RE = /\bBearer([ \t]+)([A-Za-z0-9._~+/-]+)(=*)/gi;

function bearerPass(text: string, ctx: Ctx): string {
  return replaceMatches(text, BEARER_RE, (m) => {
    const token = (m[2] ?? '') + (m[3] ?? '');
    const next = text.charCodeAt(m.index + m[0].length);
    // `Bearer realm="x"`, `Bearer error=invalid_token`: auth-params, not a token68.
    if ((m[3] ?? '').length > 0 && (next === 0x22 || (Number.isFinite(next) && isTchar(next)))) return null;
    // Already reduced to a hint by an earlier rule ("Bearer sk_live_…[redacted]").
    const end = m.index + m[0].length;
    if (text.startsWith(HINT, end) || text.startsWith(REDACTED, end)) return null;
    if ((m[2] ?? '').length < 8 || isPlaceholder(token) || isPlainWord(m[2] ?? '')) return null;
    remember(ctx, token);
    count(ctx, 'bearer-token');
    return `${m[0].slice(0, 6)}${m[1]}${HINT}`;
  });
}

const CURL_USER_RE = /(^|\s)(-u|--user)([ \t]+|=)(['"]?)([^\s'"]+)/gm;
const USERINFO_RE = /(\b[A-Za-z][A-Za-z0-9+.-]{1,15}:\/\/)([^\s/@:"'<>]{1,256}):([^\s/@"'<>]{1,256})@/g;

function userPass(text: string, ctx: Ctx): string {
  let t = replaceMatches(text, CURL_USER_RE, (m) => {
    const v = m[5] ?? '';
    const colon = v.indexOf(':');
    if (colon < 0) return null;
    const pass = v.slice(colon + 1);
    if (pass.length === 0 || isPlaceholder(pass) || pass.includes('…')) return null;
    remember(ctx, pass);
    count(ctx, 'basic-credentials');
    return `${m[1]}${m[2]}${m[3]}${m[4]}${v.slice(0, colon + 1)}${REDACTED}`;
  });
  t = replaceMatches(t, USERINFO_RE, (m) => {
    const pass = m[3] ?? '';
    if (isPlaceholder(pass)) return null;
    remember(ctx, pass);
    count(ctx, 'url-credentials');
    return `${m[1]}${m[2]}:${REDACTED}@`;
  });
  return t;
}

/** Remove further copies of secrets found by context (a key echoed back in a message, say). */
export function scrubKnown(text: string, secrets: Iterable<string>): { text: string; count: number } {
  let t = text;
  let n = 0;
  const sorted = [...secrets].sort((a, b) => b.length - a.length);
  for (const s of sorted) {
    if (s.length < MIN_ECHO || !t.includes(s)) continue;
    const parts = t.split(s);
    n += parts.length - 1;
    t = parts.join(REDACTED);
  }
  return { text: t, count: n };
}

/** Redact and also return the secret values that were found, for scrubbing derived data. */
export function redactDetailed(input: string): RedactDetail {
  const ctx: Ctx = { tally: new Map(), secrets: new Set() };
  let t = typeof input === 'string' ? input : '';
  t = pemPass(t, ctx);
  t = jwtPass(t, ctx);
  t = tokenPass(t, ctx);
  t = awsSecretPass(t, ctx);
  t = namedHeaderPass(t, ctx);
  t = headerLinePass(t, ctx);
  t = harPairPass(t, ctx);
  t = harCookiesPass(t, ctx);
  t = jsonFieldPass(t, ctx);
  t = paramPass(t, ctx);
  t = bearerPass(t, ctx);
  t = userPass(t, ctx);
  const scrubbed = scrubKnown(t, ctx.secrets);
  if (scrubbed.count > 0) ctx.tally.set('repeated-secret', (ctx.tally.get('repeated-secret') ?? 0) + scrubbed.count);
  return {
    text: scrubbed.text,
    redactions: [...ctx.tally].map(([kind, n]) => ({ kind, count: n })),
    secrets: [...ctx.secrets],
  };
}

/** Redact credentials from `text`. Linear-time; never throws. */
export function redactSecrets(text: string): RedactResult {
  const { text: t, redactions } = redactDetailed(text);
  return { text: t, redactions };
}

/** A header value made safe to show: name-aware (Authorization, Cookie, x-api-key…) then token rules. */
export function redactHeaderValue(name: string, value: string): string {
  const ctx: Ctx = { tally: new Map(), secrets: new Set() };
  let v = value;
  if (isSecretHeaderName(name)) {
    // Token rules first so that vendor hints (sk_test_…) survive.
    v = tokenPass(jwtPass(v, ctx), ctx);
    v = redactValueFor(name, v, ctx);
  }
  return redactSecrets(v).text;
}
