import { describe, expect, it } from 'vitest';
import { analyze, MAX_INPUT } from '../../src/lib/analyzer/index.ts';
import { makeJwt, randomString } from './analyzer-fixtures.ts';

const NOW = new Date('2025-01-01T00:00:00Z');

describe('analyze', () => {
  const key = randomString(40);
  const jwt = makeJwt(NOW, -2 * 3600);
  const paste = [
    `$ curl -v -H 'x-api-key: ${key}' https://api.example.com/v1/me?token=${key}`,
    '> GET /v1/me?token=' + key + ' HTTP/2',
    '> Host: api.example.com',
    `> Authorization: Bearer ${jwt}`,
    `> x-api-key: ${key}`,
    '>',
    '< HTTP/2 401',
    '< www-authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"',
    `< set-cookie: session=${key}; Path=/; HttpOnly`,
    '< retry-after: 30',
    '< x-request-id: req_123',
    '< content-type: application/json',
    '<',
    `{"error":{"message":"Token for key ${key} has expired","code":"token_expired"}}`,
  ].join('\n');

  it('returns a plain, serialisable object with everything recognised', () => {
    const r = analyze(paste, NOW);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r).toMatchObject({
      tooLarge: false,
      format: 'curl-verbose',
      status: 401,
      retryAfterSeconds: 30,
      challenges: [{ scheme: 'Bearer', params: { realm: 'api', error: 'invalid_token', error_description: 'The access token expired' } }],
      vendorHeaders: { 'x-request-id': 'req_123' },
      body: { kind: 'json', errorCodes: ['token_expired'] },
      request: { source: 'curl-verbose', method: 'GET', authorizationScheme: 'Bearer', apiKeyHeaders: ['x-api-key'], queryCredential: 'token' },
      evidence: { status: 401, answers: { 'credential-sent': 'yes', 'credential-type': 'bearer-token', 'www-authenticate': 'invalid-token', 'error-says': 'expired' } },
    });
    expect(r.message).toBeUndefined();
    expect(r.jwts).toHaveLength(1);
    expect(r.jwts[0]).toMatchObject({ location: 'authorization-header', alg: 'RS256', kid: 'fixture-key-1', expired: true });
    expect(r.evidence.facts.join('\n')).toMatch(/A JWT in the Authorization header \(alg RS256, kid fixture-key-1\): expired 2 h ago/);
    expect(r.redactions.length).toBeGreaterThan(0);
  });

  it('lets no credential through: headers, request, messages, facts, redacted paste', () => {
    const r = analyze(paste, NOW);
    const json = JSON.stringify(r);
    expect(json).not.toContain(key);
    expect(json).not.toContain(jwt);
    expect(json).not.toContain(jwt.split('.')[2]);
    expect(r.headers.find((h) => h.name === 'set-cookie')?.value).toBe('session=[redacted]; Path=/; HttpOnly');
    expect(r.request.headers.find((h) => h.name === 'x-api-key')?.value).toBe('…[redacted]');
    expect(r.request.target).toBe('/v1/me?token=[redacted]');
    expect(r.body.messages).toEqual(['Token for key [redacted] has expired']);
    expect(r.redacted).toContain('> Authorization: Bearer eyJ…[redacted]');
  });

  it('reports input over the cap and still analyses the first 512 KiB', () => {
    const r = analyze(`HTTP/1.1 429 Too Many Requests\nRetry-After: 5\n\n${'z'.repeat(MAX_INPUT)}`, NOW);
    expect(r.tooLarge).toBe(true);
    expect(r.message).toMatch(/512 KiB/);
    expect(r.status).toBe(429);
    expect(r.redacted.length).toBeLessThanOrEqual(MAX_INPUT);
  });

  it('never throws, even on non-strings or an invalid date', () => {
    expect(() => analyze(undefined as unknown as string, NOW)).not.toThrow();
    expect(() => analyze(42 as unknown as string, NOW)).not.toThrow();
    expect(analyze('', NOW)).toMatchObject({ format: 'empty', status: null, evidence: { answers: {} } });
    expect(() => analyze(paste, new Date(Number.NaN))).not.toThrow();
  });
});
