// Used in Node and the browser: parses WWW-Authenticate / Proxy-Authenticate field values
// (RFC 9110 §11.6.1 and §11.2, RFC 6750 §3) into challenges. A hand-written, single-pass scanner:
// every step consumes at least one character, so it is linear and cannot hang on malformed input.
import { isSpaceOrTab, isTchar } from './util.ts';

export interface Challenge {
  /** The auth-scheme as sent, e.g. "Bearer", "Basic", "Digest". Compare case-insensitively. */
  scheme: string;
  /** token68 credentials-style value (e.g. `Negotiate YIIG…`), when present instead of params. */
  token68?: string;
  /** auth-params with lower-cased names; the first occurrence of a name wins. */
  params: Record<string, string>;
}

const MAX_CHALLENGES = 50;
const MAX_PARAMS = 50;

function isToken68Char(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e || c === 0x2b || c === 0x2f // - . _ ~ + /
  );
}

/**
 * Parse one field value (or several joined with commas). Unknown or broken pieces are skipped;
 * an unterminated quoted-string runs to the end of the value.
 */
export function parseChallenges(value: string): Challenge[] {
  const s = value;
  const n = s.length;
  const out: Challenge[] = [];
  let p = 0;

  const skipOws = () => {
    while (p < n && isSpaceOrTab(s.charCodeAt(p))) p++;
  };
  const readToken = (): string => {
    const start = p;
    while (p < n && isTchar(s.charCodeAt(p))) p++;
    return s.slice(start, p);
  };
  const readQuoted = (): string => {
    // p is at the opening quote.
    p++;
    let v = '';
    let chunk = p;
    while (p < n) {
      const c = s.charCodeAt(p);
      if (c === 0x5c /* \ */ && p + 1 < n) {
        v += s.slice(chunk, p) + s[p + 1];
        p += 2;
        chunk = p;
        continue;
      }
      if (c === 0x22) {
        v += s.slice(chunk, p);
        p++;
        return v;
      }
      p++;
    }
    return v + s.slice(chunk, p);
  };
  /** At p: does an auth-param (`token BWS "="`, not followed by another "=") start here? */
  const paramAhead = (): boolean => {
    let q = p;
    while (q < n && isTchar(s.charCodeAt(q))) q++;
    if (q === p) return false;
    while (q < n && isSpaceOrTab(s.charCodeAt(q))) q++;
    if (s.charCodeAt(q) !== 0x3d) return false;
    q++;
    // token68 ends in "=" padding: "abc==" or "abc=" followed by end / comma is not a param.
    while (q < n && isSpaceOrTab(s.charCodeAt(q))) q++;
    const c = s.charCodeAt(q);
    return q < n && c !== 0x2c && c !== 0x3d;
  };

  while (p < n && out.length < MAX_CHALLENGES) {
    // Skip list separators and whitespace between challenges.
    while (p < n && (s.charCodeAt(p) === 0x2c || isSpaceOrTab(s.charCodeAt(p)) || s.charCodeAt(p) === 0x0a || s.charCodeAt(p) === 0x0d)) p++;
    if (p >= n) break;
    const scheme = readToken();
    if (scheme.length === 0) {
      p++; // not a token character: skip it and resynchronise
      continue;
    }
    const ch: Challenge = { scheme, params: {} };
    out.push(ch);
    skipOws();
    if (p >= n || s.charCodeAt(p) === 0x2c) continue;
    // token68?
    if (!paramAhead()) {
      const start = p;
      while (p < n && isToken68Char(s.charCodeAt(p))) p++;
      while (p < n && s.charCodeAt(p) === 0x3d) p++;
      const t68 = s.slice(start, p);
      skipOws();
      if (t68.length > 0 && (p >= n || s.charCodeAt(p) === 0x2c)) {
        ch.token68 = t68;
        continue;
      }
      if (t68.length === 0) {
        // Junk after the scheme: skip to the next comma.
        while (p < n && s.charCodeAt(p) !== 0x2c) p++;
        continue;
      }
      // Something like `Scheme abc def`: keep what we read as token68 and resynchronise.
      ch.token68 = t68;
      while (p < n && s.charCodeAt(p) !== 0x2c) p++;
      continue;
    }
    // auth-params, separated by commas, until a token that is not followed by "=" (a new scheme).
    let count = 0;
    for (;;) {
      skipOws();
      if (p >= n || !paramAhead()) break;
      const name = readToken().toLowerCase();
      skipOws();
      p++; // "="
      skipOws();
      let val: string;
      if (s.charCodeAt(p) === 0x22) {
        val = readQuoted();
      } else {
        const start = p;
        // token, leniently: anything up to a comma or whitespace.
        while (p < n && s.charCodeAt(p) !== 0x2c && !isSpaceOrTab(s.charCodeAt(p))) p++;
        val = s.slice(start, p);
      }
      if (count < MAX_PARAMS && !Object.prototype.hasOwnProperty.call(ch.params, name)) {
        ch.params[name] = val;
        count++;
      }
      skipOws();
      if (p < n && s.charCodeAt(p) === 0x2c) {
        // Look past commas (and empty list elements) for another param of this challenge.
        const save = p;
        while (p < n && (s.charCodeAt(p) === 0x2c || isSpaceOrTab(s.charCodeAt(p)))) p++;
        if (p >= n || !paramAhead()) {
          p = save;
          break;
        }
        continue;
      }
      // Missing comma (seen in the wild: `Bearer realm="a" error="b"`): carry on if a param follows.
      if (p >= n || !paramAhead()) {
        if (p < n && s.charCodeAt(p) !== 0x2c && !isTchar(s.charCodeAt(p))) p++; // stray character
        break;
      }
    }
  }
  return out;
}
