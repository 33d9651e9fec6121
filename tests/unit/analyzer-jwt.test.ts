import { describe, expect, it } from 'vitest';
import { decodeJwt, findJwtSpans, findJwts, humanDuration } from '../../src/lib/analyzer/jwt.ts';
import { makeJwt, randomString } from './analyzer-fixtures.ts';

const NOW = new Date('2025-01-01T00:00:00Z');
const T = NOW.getTime() / 1000;

const b64url = (o: unknown) => Buffer.from(typeof o === 'string' ? o : JSON.stringify(o)).toString('base64url');
const token = (header: unknown, payload: unknown) => `${b64url(header)}.${b64url(payload)}.${randomString(43)}`;

describe('decodeJwt', () => {
  it('reports header and non-personal claims', () => {
    const jwt = token(
      { alg: 'RS256', typ: 'JWT', kid: 'key-2024' },
      { iss: 'https://login.example.com/', aud: ['api://one', 'api://two'], sub: 'user-98765', email: 'someone@example.com', name: 'Some One', exp: T + 600, nbf: T - 60, iat: T - 60, scp: ['read', 'write'], azp: 'client-app' },
    );
    const r = decodeJwt(jwt, NOW, 'authorization-header')!;
    expect(r).toMatchObject({
      location: 'authorization-header',
      kind: 'jws',
      decoded: true,
      alg: 'RS256',
      typ: 'JWT',
      kid: 'key-2024',
      iss: 'https://login.example.com/',
      aud: ['api://one', 'api://two'],
      exp: T + 600,
      expiresAt: '2025-01-01T00:10:00.000Z',
      scope: 'read write',
      azp: 'client-app',
      expired: false,
      notYetValid: false,
      secondsToExpiry: 600,
    });
    expect(r.claimNames).toEqual(expect.arrayContaining(['sub', 'email', 'name']));
    const json = JSON.stringify(r);
    expect(json).not.toContain('user-98765');
    expect(json).not.toContain('someone@example.com');
    expect(json).not.toContain('Some One');
  });

  it('flags expiry, not-yet-valid and clock skew within five minutes', () => {
    const expired = decodeJwt(token({ alg: 'HS256' }, { exp: T - 7200 }), NOW)!;
    expect(expired.expired).toBe(true);
    expect(expired.secondsToExpiry).toBe(-7200);
    expect(expired.notes.join(' ')).toMatch(/Expired 2 h ago/);
    expect(expired.notes.join(' ')).not.toMatch(/clock/);

    const justExpired = decodeJwt(token({ alg: 'HS256' }, { exp: T - 90 }), NOW)!;
    expect(justExpired.expired).toBe(true);
    expect(justExpired.notes.join(' ')).toMatch(/less than 5 minutes ago/);

    const aboutToExpire = decodeJwt(token({ alg: 'HS256' }, { exp: T + 120 }), NOW)!;
    expect(aboutToExpire.expired).toBe(false);
    expect(aboutToExpire.notes.join(' ')).toMatch(/clock-skew leeway/);

    const early = decodeJwt(token({ alg: 'ES256' }, { nbf: T + 100, exp: T + 3600 }), NOW)!;
    expect(early.notYetValid).toBe(true);
    expect(early.notes.join(' ')).toMatch(/clock skew/);

    const future = decodeJwt(token({ alg: 'ES256' }, { nbf: T + 86_400 }), NOW)!;
    expect(future.notYetValid).toBe(true);
    expect(future.notes.join(' ')).toMatch(/Not valid before 2025-01-02/);

    const noExp = decodeJwt(token({ alg: 'RS256' }, { iss: 'x' }), NOW)!;
    expect(noExp).toMatchObject({ expired: null, notYetValid: null, exp: null });

    expect(decodeJwt(token({ alg: 'RS256' }, { exp: T }), NOW)!.expired).toBe(true); // "on or after"
  });

  it('notes alg none, iat in the future, JWE and damaged payloads', () => {
    expect(decodeJwt(`${b64url({ alg: 'none' })}.${b64url({ exp: T + 10 })}.`, NOW)).toMatchObject({ kind: 'unsecured' });
    expect(decodeJwt(token({ alg: 'RS256' }, { iat: T + 3600 }), NOW)!.notes.join(' ')).toMatch(/in the future/);
    const jwe = `${b64url({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.${randomString(40)}.${randomString(16)}.${randomString(60)}.${randomString(22)}`;
    expect(decodeJwt(jwe, NOW)).toMatchObject({ kind: 'jwe', enc: 'A256GCM', decoded: true });
    expect(decodeJwt(`${b64url({ alg: 'RS256' })}.!!!.sig`, NOW)!.notes.join(' ')).toMatch(/payload segment/);
    expect(decodeJwt('not a jwt', NOW)).toBeNull();
  });

  it('accepts string NumericDates and ignores absurd ones', () => {
    expect(decodeJwt(token({ alg: 'RS256' }, { exp: String(T + 5) }), NOW)!.exp).toBe(T + 5);
    expect(decodeJwt(token({ alg: 'RS256' }, { exp: 1e300 }), NOW)!.exp).toBeNull();
    expect(decodeJwt(token({ alg: 'RS256' }, { exp: 'tomorrow' }), NOW)!.exp).toBeNull();
  });
});

describe('findJwts', () => {
  it('finds tokens in headers, cookies and text, once each', () => {
    const a = makeJwt(NOW, -3600);
    const b = makeJwt(NOW, 3600);
    const text = `> Authorization: Bearer ${a}\n> Cookie: id_token=${b}\nlater: ${a}`;
    const found = findJwts(text, NOW);
    expect(found.map((j) => [j.location, j.expired])).toEqual([
      ['authorization-header', true],
      ['cookie', false],
    ]);
  });

  it('ignores eyJ strings that are not JWTs and never throws on garbage', () => {
    expect(findJwts('eyJhbGciOiJIUzI1NiJ9 alone', NOW)).toEqual([]);
    expect(findJwts(`xeyJ${randomString(20)}.${randomString(20)}.${randomString(20)}`, NOW)).toEqual([]);
    expect(findJwts(`eyJ${randomString(20)}.${randomString(20)}.${randomString(20)}`, NOW)).toEqual([]); // header is not JSON
    for (const g of ['eyJ', 'eyJ.eyJ.', 'eyJ\u0000.\uffff.x', `eyJ${'A'.repeat(40000)}.eyJ${'B'.repeat(40000)}.c`, '\ud800eyJ']) {
      expect(() => findJwts(g, NOW)).not.toThrow();
    }
    expect(() => findJwts(makeJwt(NOW, 60), new Date(Number.NaN))).not.toThrow();
  });

  it('finds spans in linear time', () => {
    for (const input of ['eyJ'.repeat(200_000), `eyJ${'a'.repeat(20)}.`.repeat(20_000), `${'eyJaaaaaaaaaaaa.bb.'.repeat(30_000)}`]) {
      const t0 = performance.now();
      findJwtSpans(input, Number.MAX_SAFE_INTEGER);
      findJwts(input, NOW);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});

describe('humanDuration', () => {
  it('rounds to a readable unit', () => {
    expect(humanDuration(45)).toBe('45 s');
    expect(humanDuration(-600)).toBe('10 min');
    expect(humanDuration(3 * 3600 + 300)).toBe('3 h 5 min');
    expect(humanDuration(5 * 86400)).toBe('5 days');
  });
});
