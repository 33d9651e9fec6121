// Used in Node and the browser: small linear-time text helpers shared by the response analyzer.
// No DOM, no Node-only APIs.

/** RFC 9110 tchar: the characters allowed in a token (header names, auth schemes, param names). */
export function isTchar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || // 0-9
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x61 && c <= 0x7a) || // a-z
    c === 0x21 || c === 0x23 || c === 0x24 || c === 0x25 || c === 0x26 || c === 0x27 || // ! # $ % & '
    c === 0x2a || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x5e || c === 0x5f || // * + - . ^ _
    c === 0x60 || c === 0x7c || c === 0x7e // ` | ~
  );
}

/** base64url alphabet (JWT segments). */
export function isB64url(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f;
}

export function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** ASCII-only lower-casing: keeps the string length (String#toLowerCase may not, for some letters). */
export function asciiLower(s: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) {
      out += s.slice(start, i) + String.fromCharCode(c + 32);
      start = i + 1;
    }
  }
  return start === 0 ? s : out + s.slice(start);
}

/** Whether `s` has `word` (lower-case ASCII) at `at`, compared case-insensitively. */
export function startsWithCI(s: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    let c = s.charCodeAt(at + k);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

/** Collapse every whitespace run to one space and trim. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Cut to `max` characters with an ellipsis. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  copy: '©',
  reg: '®',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
  bull: '•',
};

/** Decode basic HTML/XML entities (named subset, decimal and hex). Linear; unknown entities stay. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  let out = '';
  let last = 0;
  let i = s.indexOf('&');
  let semi = -1;
  while (i >= 0) {
    // Reuse the last found ';' while it lies ahead: keeps "&&&&…;" linear.
    if (semi <= i) semi = s.indexOf(';', i + 1);
    if (semi < 0) break;
    if (semi - i > 12) {
      i = s.indexOf('&', i + 1);
      continue;
    }
    const body = s.slice(i + 1, semi);
    let rep: string | undefined;
    if (body.charCodeAt(0) === 0x23 /* # */) {
      const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
      const digits = hex ? body.slice(2) : body.slice(1);
      const n = digits.length > 0 && digits.length <= 7 ? Number.parseInt(digits, hex ? 16 : 10) : Number.NaN;
      const valid = hex ? /^[0-9a-fA-F]+$/.test(digits) : /^[0-9]+$/.test(digits);
      if (valid && Number.isFinite(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)) {
        rep = String.fromCodePoint(n);
      }
    } else {
      rep = NAMED_ENTITIES[body];
    }
    if (rep !== undefined) {
      out += s.slice(last, i) + rep;
      last = semi + 1;
      i = s.indexOf('&', semi + 1);
    } else {
      i = s.indexOf('&', i + 1);
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

const B64_VALUES: Int16Array = (() => {
  const t = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = i;
  t[0x2b] = 62; // +
  t[0x2f] = 63; // /
  t[0x2d] = 62; // - (base64url)
  t[0x5f] = 63; // _ (base64url)
  return t;
})();

/** Decode base64 or base64url (padding optional) to bytes; null on any invalid character. Never throws. */
export function decodeBase64(s: string): Uint8Array | null {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 0x3d) end--;
  if (end % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let buf = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? (B64_VALUES[c] ?? -1) : -1;
    if (v < 0) return null;
    buf = (buf << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buf >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

/** base64 / base64url → UTF-8 text, or null. Never throws. */
export function decodeBase64Text(s: string): string | null {
  const bytes = decodeBase64(s);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** JSON.parse that returns undefined instead of throwing. */
export function tryJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Push `v` unless already present or the list is full. */
export function pushUnique(list: string[], v: string, max: number): void {
  if (v.length === 0 || list.length >= max || list.includes(v)) return;
  list.push(v);
}

/**
 * Whether `needle` (lower-case) occurs in `hay` (lower-case) as a whole word: the characters on
 * either side are not ASCII letters or digits. Linear in the number of occurrences scanned.
 */
export function hasWord(hay: string, needle: string): boolean {
  let i = hay.indexOf(needle);
  while (i >= 0) {
    const before = i > 0 ? hay.charCodeAt(i - 1) : 0x20;
    const after = i + needle.length < hay.length ? hay.charCodeAt(i + needle.length) : 0x20;
    if (!isAsciiAlnum(before) && !isAsciiAlnum(after)) return true;
    i = hay.indexOf(needle, i + 1);
  }
  return false;
}
