// Used in Node and the browser: finds JSON Web Tokens in pasted text and decodes their header and
// payload locally (base64url → JSON). Nothing is verified and nothing leaves the page; the report
// carries only non-personal claims (never `sub`, names, e-mail addresses and the like).
import { clip, decodeBase64Text, isB64url, isRecord, tryJson } from './util.ts';

/** Leeway most servers allow for clock differences (RFC 7519 §4.1.4: "a few minutes"). */
export const SKEW_SECONDS = 300;

/** Where a token sat in the paste. */
export type JwtLocation = 'authorization-header' | 'cookie' | 'text';

export interface JwtSpan {
  start: number;
  end: number;
  /** Number of dot-separated segments: 3 for a signed JWT (JWS), 5 for an encrypted one (JWE). */
  segments: 3 | 5;
}

export interface JwtReport {
  location: JwtLocation;
  /** `jws` (signed), `unsecured` (alg "none"), `jwe` (encrypted: the payload cannot be read). */
  kind: 'jws' | 'unsecured' | 'jwe';
  /** False when the header could not be decoded as JSON. */
  decoded: boolean;
  alg: string | null;
  typ: string | null;
  kid: string | null;
  /** JWE only: the content encryption algorithm. */
  enc: string | null;
  iss: string | null;
  aud: string[] | null;
  /** NumericDate seconds since the epoch, as in the token. */
  exp: number | null;
  nbf: number | null;
  iat: number | null;
  /** ISO 8601 renderings of exp / nbf / iat. */
  expiresAt: string | null;
  notBefore: string | null;
  issuedAt: string | null;
  /** `scope` (string) or `scp` (array or string) joined with spaces. */
  scope: string | null;
  azp: string | null;
  clientId: string | null;
  /** Names of all payload claims (names only, no values). */
  claimNames: string[];
  /** now ≥ exp (RFC 7519 §4.1.4), no leeway applied; null when there is no exp. */
  expired: boolean | null;
  /** now < nbf (RFC 7519 §4.1.5); null when there is no nbf. */
  notYetValid: boolean | null;
  /** exp − now in seconds (negative once expired); null without exp. */
  secondsToExpiry: number | null;
  /** Plain-language notes: skew, alg none, iat in the future… */
  notes: string[];
}

const MAX_TOKENS = 20;
const MAX_SEGMENT = 32 * 1024;

function runEnd(text: string, from: number): number {
  let p = from;
  while (p < text.length && isB64url(text.charCodeAt(p))) p++;
  return p;
}

/**
 * Spans of JWT-shaped strings: base64url segments joined by dots, the first starting with `eyJ`
 * (the encoding of `{"`). Linear: a failed candidate resumes after the run it scanned.
 */
export function findJwtSpans(text: string, limit = 200): JwtSpan[] {
  const spans: JwtSpan[] = [];
  let from = 0;
  while (spans.length < limit) {
    const i = text.indexOf('eyJ', from);
    if (i < 0) break;
    if (i > 0 && isB64url(text.charCodeAt(i - 1))) {
      from = i + 1;
      continue;
    }
    const e1 = runEnd(text, i);
    if (e1 - i < 10 || text.charCodeAt(e1) !== 0x2e) {
      from = Math.max(e1, i + 1);
      continue;
    }
    const e2 = runEnd(text, e1 + 1);
    if (e2 - (e1 + 1) < 2 || text.charCodeAt(e2) !== 0x2e) {
      from = Math.max(e2, i + 1);
      continue;
    }
    const e3 = runEnd(text, e2 + 1);
    let end = e3;
    let segments: 3 | 5 = 3;
    // JWE compact serialization: five segments (the second may be empty for "dir").
    if (text.charCodeAt(e3) === 0x2e) {
      const e4 = runEnd(text, e3 + 1);
      if (text.charCodeAt(e4) === 0x2e) {
        const e5 = runEnd(text, e4 + 1);
        if (e5 > e4 + 1) {
          end = e5;
          segments = 5;
        }
      }
    }
    spans.push({ start: i, end, segments });
    from = end;
  }
  return spans;
}

function decodeSegment(seg: string): Record<string, unknown> | null {
  if (seg.length === 0 || seg.length > MAX_SEGMENT) return null;
  const text = decodeBase64Text(seg);
  if (text === null) return null;
  const v = tryJson(text);
  return isRecord(v) ? v : null;
}

function str(v: unknown, max = 200): string | null {
  return typeof v === 'string' ? clip(v, max) : null;
}

function numericDate(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{1,12}(\.\d{1,6})?$/.test(v) ? Number(v) : Number.NaN;
  // Seconds since the epoch; reject values a Date cannot represent.
  return Number.isFinite(n) && Math.abs(n) < 8.64e12 ? n : null;
}

function iso(n: number | null): string | null {
  if (n === null) return null;
  const d = new Date(n * 1000);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** "3 h 5 min", "45 s", "2 days": a rough, readable duration. */
export function humanDuration(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 90) return `${m} min`;
  const h = Math.floor(s / 3600);
  if (h < 48) {
    const rest = Math.round((s - h * 3600) / 60);
    return rest > 0 ? `${h} h ${rest} min` : `${h} h`;
  }
  return `${Math.round(s / 86400)} days`;
}

function locate(text: string, start: number): JwtLocation {
  // Look back over the same line only, at most 200 characters: linear overall.
  const from = Math.max(0, start - 200);
  const recent = text.slice(from, start);
  const before = recent.slice(recent.lastIndexOf('\n') + 1).toLowerCase();
  if (before.includes('authorization') || before.includes('bearer')) return 'authorization-header';
  if (before.includes('cookie')) return 'cookie';
  return 'text';
}

/** Decode one token. Returns null only when `token` is not JWT-shaped at all. Never throws. */
export function decodeJwt(token: string, now: Date, location: JwtLocation = 'text'): JwtReport | null {
  const parts = token.split('.');
  if ((parts.length !== 3 && parts.length !== 5) || !parts[0]) return null;
  const header = decodeSegment(parts[0]);
  const isJwe = parts.length === 5;
  const payload = isJwe ? null : decodeSegment(parts[1] ?? '');
  const alg = str(header?.['alg'], 40);
  const nowS = now.getTime() / 1000;
  const validNow = Number.isFinite(nowS);
  const exp = numericDate(payload?.['exp']);
  const nbf = numericDate(payload?.['nbf']);
  const iat = numericDate(payload?.['iat']);
  const audRaw = payload?.['aud'];
  const aud =
    typeof audRaw === 'string'
      ? [clip(audRaw, 200)]
      : Array.isArray(audRaw)
        ? audRaw.filter((a): a is string => typeof a === 'string').slice(0, 10).map((a) => clip(a, 200))
        : null;
  const scpRaw = payload?.['scp'];
  const scope =
    str(payload?.['scope'], 500) ??
    (typeof scpRaw === 'string'
      ? clip(scpRaw, 500)
      : Array.isArray(scpRaw)
        ? clip(scpRaw.filter((x): x is string => typeof x === 'string').join(' '), 500)
        : null);
  const notes: string[] = [];
  let expired: boolean | null = null;
  let notYetValid: boolean | null = null;
  let secondsToExpiry: number | null = null;
  if (validNow && exp !== null) {
    secondsToExpiry = Math.round(exp - nowS);
    expired = nowS >= exp;
    if (expired) {
      notes.push(`Expired ${humanDuration(nowS - exp)} ago (exp ${iso(exp) ?? exp}).`);
      if (nowS - exp <= SKEW_SECONDS) {
        notes.push('It expired less than 5 minutes ago: a clock difference between client and server, or a token refreshed too late, could explain it.');
      }
    } else if (exp - nowS <= SKEW_SECONDS) {
      notes.push(`Expires in ${humanDuration(exp - nowS)}: within the usual 5-minute clock-skew leeway, so a server with a fast clock may already reject it.`);
    }
  }
  if (validNow && nbf !== null) {
    notYetValid = nowS < nbf;
    if (notYetValid) {
      notes.push(
        nbf - nowS <= SKEW_SECONDS
          ? `Not valid for another ${humanDuration(nbf - nowS)} (nbf): the issuer's clock is probably ahead of this one (clock skew).`
          : `Not valid before ${iso(nbf) ?? nbf} (nbf), ${humanDuration(nbf - nowS)} from now.`,
      );
    }
  }
  if (validNow && iat !== null && iat - nowS > 60) {
    notes.push(`Issued ${humanDuration(iat - nowS)} in the future (iat): the issuer's clock and this one disagree.`);
  }
  if (alg !== null && alg.toLowerCase() === 'none') {
    notes.push('alg is "none": the token is unsigned and most servers refuse it (RFC 8725 §3.2).');
  }
  if (!header) notes.push('The header segment is not base64url-encoded JSON: the token is damaged or not a JWT.');
  else if (!isJwe && !payload) notes.push('The payload segment is not base64url-encoded JSON: the token may be truncated or damaged.');
  if (isJwe) notes.push('This is an encrypted token (JWE): only its header can be read.');
  return {
    location,
    kind: isJwe ? 'jwe' : alg !== null && alg.toLowerCase() === 'none' ? 'unsecured' : 'jws',
    decoded: header !== null,
    alg,
    typ: str(header?.['typ'], 40),
    kid: str(header?.['kid'], 120),
    enc: str(header?.['enc'], 40),
    iss: str(payload?.['iss'], 200),
    aud: aud && aud.length > 0 ? aud : null,
    exp,
    nbf,
    iat,
    expiresAt: iso(exp),
    notBefore: iso(nbf),
    issuedAt: iso(iat),
    scope,
    azp: str(payload?.['azp'], 200),
    clientId: str(payload?.['client_id'], 200),
    claimNames: payload ? Object.keys(payload).slice(0, 50).map((k) => clip(k, 60)) : [],
    expired,
    notYetValid,
    secondsToExpiry,
    notes,
  };
}

/** Every distinct JWT in `text`, decoded. Never throws on garbage. */
export function findJwts(text: string, now: Date): JwtReport[] {
  const out: JwtReport[] = [];
  const seen = new Set<string>();
  for (const span of findJwtSpans(text)) {
    if (out.length >= MAX_TOKENS) break;
    const token = text.slice(span.start, span.end);
    if (seen.has(token)) continue;
    seen.add(token);
    const report = decodeJwt(token, now, locate(text, span.start));
    // A header that does not decode is not a JWT (e.g. base64 that happens to start with eyJ and has dots).
    if (report && report.decoded) out.push(report);
  }
  return out;
}
