import { describe, expect, it } from 'vitest';
import { redactHeaderValue, redactSecrets } from '../../src/lib/analyzer/redact.ts';
import { makeJwt, randomString } from './analyzer-fixtures.ts';

// Every secret below is built at run time: no string in a real key format is committed.
const r = (n = 32) => randomString(n);
const NOW = new Date('2025-01-01T00:00:00Z');

function redacted(text: string): string {
  return redactSecrets(text).text;
}

function expectGone(text: string, secret: string): string {
  const out = redacted(text);
  expect(out).not.toContain(secret);
  return out;
}

describe('vendor keys keep a non-secret hint', () => {
  const cases: [string, string, string][] = [
    ['Stripe live secret', `sk_${'live'}_${r(24)}`, 'sk_live_…[redacted]'],
    ['Stripe test secret', `sk_${'test'}_${r(24)}`, 'sk_test_…[redacted]'],
    ['Stripe publishable', `pk_${'live'}_${r(24)}`, 'pk_live_…[redacted]'],
    ['Stripe restricted', `rk_${'test'}_${r(24)}`, 'rk_test_…[redacted]'],
    ['OpenAI project', `sk-${'proj'}-${r(48)}`, 'sk-proj-…[redacted]'],
    ['OpenAI legacy', `sk-${r(48)}`, 'sk-…[redacted]'],
    ['Anthropic', `sk-${'ant'}-api03-${r(80)}`, 'sk-ant-…[redacted]'],
    ['GitHub classic', `ghp_${r(36)}`, 'ghp_…[redacted]'],
    ['GitHub OAuth', `gho_${r(36)}`, 'gho_…[redacted]'],
    ['GitHub app user', `ghu_${r(36)}`, 'ghu_…[redacted]'],
    ['GitHub app server', `ghs_${r(36)}`, 'ghs_…[redacted]'],
    ['GitHub refresh', `ghr_${r(36)}`, 'ghr_…[redacted]'],
    ['GitHub fine-grained', `github_pat_${r(22)}_${r(59)}`, 'github_pat_…[redacted]'],
    ['Slack bot', `xoxb-${r(12)}-${r(12)}-${r(24)}`, 'xoxb-…[redacted]'],
    ['Slack user', `xoxp-${r(12)}-${r(12)}-${r(24)}`, 'xoxp-…[redacted]'],
    ['Google API key', `AIza${r(35)}`, 'AIza…[redacted]'],
    ['Google OAuth token', `ya29.${r(60)}`, 'ya29.…[redacted]'],
    ['SendGrid', `SG.${r(22)}.${r(43)}`, 'SG.…[redacted]'],
    ['AWS example key id', 'AKIAIOSFODNN7EXAMPLE', 'AKIA…[redacted]'],
    ['AWS temporary key id', `ASIA${r(16).toUpperCase()}`, 'ASIA…[redacted]'],
  ];
  for (const [label, secret, hint] of cases) {
    it(label, () => {
      const out = expectGone(`error for key ${secret} (see logs)`, secret);
      expect(out).toContain(hint);
    });
  }

  it('leaves vendor-masked keys alone', () => {
    const masked = 'Invalid API Key provided: sk_test_**********************Aso0';
    expect(redacted(masked)).toBe(masked);
    const openai = 'Incorrect API key provided: sk-abc12***...***wxyz.';
    expect(redacted(openai)).toBe(openai);
  });
});

describe('AWS secrets', () => {
  it('redacts values after aws_secret_access_key and session tokens', () => {
    const secret = `${r(20)}/${r(19)}`;
    const out = expectGone(`[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${secret}\n`, secret);
    expect(out).toContain('aws_secret_access_key = [redacted]');
    expectGone(`{"SecretAccessKey": "${secret}"}`, secret);
  });

  it('keeps the SigV4 credential scope but not the key id or signature', () => {
    const sig = r(64).toLowerCase();
    const out = expectGone(
      `Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${sig}`,
      sig,
    );
    expect(out).not.toContain('AKIAIOSFODNN7EXAMPLE');
    expect(out).toContain('/20250101/us-east-1/s3/aws4_request');
    expect(out).toContain('SignedHeaders=host;x-amz-date');
  });
});

describe('Authorization and friends', () => {
  it('keeps the scheme of Authorization and Proxy-Authorization', () => {
    const tok = r(40);
    expect(expectGone(`> Authorization: Bearer ${tok}`, tok)).toBe('> Authorization: Bearer …[redacted]');
    const basic = btoa(`alice:${r(16)}`);
    expect(expectGone(`Authorization: Basic ${basic}`, basic)).toBe('Authorization: Basic …[redacted]');
    expect(expectGone(`Proxy-Authorization: Basic ${basic}`, basic)).toBe('Proxy-Authorization: Basic …[redacted]');
    expect(expectGone(`authorization: token ${tok}`, tok)).toBe('authorization: token …[redacted]');
    const { redactions } = redactSecrets(`Authorization: Basic ${basic}\nProxy-Authorization: Basic ${basic}`);
    expect(redactions).toEqual(expect.arrayContaining([{ kind: 'basic-credentials', count: 1 }, { kind: 'proxy-authorization', count: 1 }]));
  });

  it('redacts Bearer tokens anywhere, but not auth-params or prose', () => {
    const tok = `${r(20)}.${r(10)}-${r(8)}`;
    expectGone(`headers: {"Authorization":"Bearer ${tok}"}`, tok);
    expectGone(`request failed with Bearer ${tok}`, tok);
    const challenge = 'WWW-Authenticate: Bearer realm="example", error="invalid_token", error_description="The access token expired"';
    expect(redacted(challenge)).toBe(challenge);
    const azure = 'Bearer authorization_uri="https://login.microsoftonline.com/x/oauth2/authorize", error="invalid_token"';
    expect(redacted(azure)).toBe(azure);
    expect(redacted('Send a Bearer token in the Authorization header')).toBe('Send a Bearer token in the Authorization header');
    expect(redacted("Authorization: Bearer YOUR_SECRET_KEY")).toBe('Authorization: Bearer YOUR_SECRET_KEY');
    expect(redacted('Authorization: Bearer undefined')).toBe('Authorization: Bearer undefined');
  });

  it('redacts JWTs and keeps only a marker', () => {
    const jwt = makeJwt(NOW, 3600);
    const out = expectGone(`token=${jwt} and again: ${jwt}`, jwt);
    expect(out).toContain('eyJ…[redacted]');
    expect(redactSecrets(jwt).redactions).toEqual([{ kind: 'jwt', count: 1 }]);
  });

  it('redacts API-key-like headers, explicit and generic', () => {
    for (const name of ['x-api-key', 'X-API-Key', 'api-key', 'apikey', 'x-auth-token', 'Ocp-Apim-Subscription-Key', 'x-goog-api-key', 'X-Shopify-Access-Token', 'private-token', 'x-my-service-api-key', 'X-Custom-Token']) {
      const v = r(30);
      expect(expectGone(`${name}: ${v}`, v)).toBe(`${name}: …[redacted]`);
    }
    const v = r(30);
    expectGone(`curl -H 'x-api-key: ${v}' -H "X-Api-Key: ${v}" https://api.example.com`, v);
    expect(redacted('x-ratelimit-remaining: 0')).toBe('x-ratelimit-remaining: 0');
    expect(redacted('github-authentication-token-expiration: 2025-01-01 00:00:00 UTC')).toBe('github-authentication-token-expiration: 2025-01-01 00:00:00 UTC');
    expect(redacted('Access-Control-Allow-Headers: authorization, x-api-key')).toBe('Access-Control-Allow-Headers: authorization, x-api-key');
  });

  it('redacts Cookie and Set-Cookie values but keeps names and attributes', () => {
    const a = r(32);
    const b = r(24);
    expect(expectGone(`Cookie: session=${a}; csrftoken=${b}`, a)).toBe('Cookie: session=[redacted]; csrftoken=[redacted]');
    expect(expectGone(`Set-Cookie: sessionid=${a}; Path=/; HttpOnly; Secure; SameSite=Lax; Expires=Wed, 21 Oct 2026 07:28:00 GMT`, a)).toBe(
      'Set-Cookie: sessionid=[redacted]; Path=/; HttpOnly; Secure; SameSite=Lax; Expires=Wed, 21 Oct 2026 07:28:00 GMT',
    );
  });
});

describe('query strings, JSON fields, HAR, PEM, URLs', () => {
  it('redacts credential query parameters', () => {
    for (const name of ['api_key', 'key', 'token', 'access_token', 'sig', 'signature', 'X-Amz-Signature', 'X-Amz-Credential', 'client_secret']) {
      const v = r(24);
      expect(expectGone(`https://api.example.com/v1?x=1&${name}=${v}&y=2`, v)).toBe(`https://api.example.com/v1?x=1&${name}=[redacted]&y=2`);
    }
    expect(redacted('https://example.com/?page=2&sort=name')).toBe('https://example.com/?page=2&sort=name');
  });

  it('redacts password, secret and token fields in JSON, also escaped inside JSON strings', () => {
    const p = r(20);
    expect(expectGone(`{"username":"alice","password":"${p}","token_type":"Bearer"}`, p)).toBe('{"username":"alice","password":"[redacted]","token_type":"Bearer"}');
    for (const k of ['client_secret', 'access_token', 'refresh_token', 'id_token', 'apiKey', 'private_key', 'csrfmiddlewaretoken', 'x-api-key']) {
      const v = r(24);
      expectGone(`{"${k}": "${v}"}`, v);
    }
    const v = r(24);
    expectGone(`{"postData":{"text":"{\\"password\\":\\"${v}\\"}"}}`, v);
  });

  it('redacts HAR header, query and cookie values', () => {
    const a = r(30);
    const b = r(30);
    const c = r(30);
    const har = JSON.stringify(
      {
        log: {
          entries: [
            {
              request: {
                headers: [
                  { name: 'Authorization', value: `Basic ${btoa(`u:${a}`)}` },
                  { name: 'X-Api-Key', value: b },
                  { name: 'Accept', value: 'application/json' },
                ],
                queryString: [{ name: 'key', value: c }],
                cookies: [{ name: 'anything', value: a }],
              },
            },
          ],
        },
      },
      null,
      2,
    );
    const out = redacted(har);
    for (const s of [a, b, c, btoa(`u:${a}`)]) expect(out).not.toContain(s);
    expect(out).toContain('"value": "application/json"');
    expect(() => JSON.parse(out)).not.toThrow();
  });

  it('redacts PEM private keys, curl -u passwords and URL userinfo', () => {
    const body = r(64);
    const out = expectGone(`-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`, body);
    expect(out).toContain('PRIVATE KEY-----[redacted]');
    const pw = r(16);
    expect(expectGone(`curl -u alice:${pw} https://x.example`, pw)).toBe('curl -u alice:[redacted] https://x.example');
    expect(expectGone(`git clone https://bob:${pw}@git.example.com/repo.git`, pw)).toBe('git clone https://bob:[redacted]@git.example.com/repo.git');
    expect(redacted('curl -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN" https://api.twilio.com')).toBe('curl -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN" https://api.twilio.com');
  });

  it('scrubs later copies of a secret found by context (a key echoed in a message)', () => {
    const v = r(30);
    const out = expectGone(`x-api-key: ${v}\n\n{"message":"key ${v} is not valid"}`, v);
    expect(out).toContain('key [redacted] is not valid');
  });
});

describe('behaviour', () => {
  it('is idempotent and leaves ordinary responses untouched', () => {
    const text = `Authorization: Bearer ${r(40)}\nCookie: a=${r(20)}\nx-api-key: ${r(30)}\n${makeJwt(NOW, 60)}\n?api_key=${r(20)}`;
    const once = redacted(text);
    expect(redacted(once)).toBe(once);
    const plain = 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="Stripe"\nContent-Type: application/json\n\n{"error":{"message":"No such customer: cus_123","type":"invalid_request_error"}}';
    expect(redacted(plain)).toBe(plain);
    expect(redactSecrets(plain).redactions).toEqual([]);
  });

  it('counts redactions by kind', () => {
    const out = redactSecrets(`ghp_${r(36)} ghp_${r(36)} AKIAIOSFODNN7EXAMPLE`);
    expect(out.redactions).toEqual([
      { kind: 'github-token', count: 2 },
      { kind: 'aws-access-key-id', count: 1 },
    ]);
  });

  it('redactHeaderValue is name-aware', () => {
    const v = r(30);
    expect(redactHeaderValue('X-Api-Key', v)).toBe('…[redacted]');
    expect(redactHeaderValue('Authorization', `Bearer ${v}`)).toBe('Bearer …[redacted]');
    expect(redactHeaderValue('Authorization', `Bearer sk_${'test'}_${v}`)).toBe('Bearer sk_test_…[redacted]');
    expect(redactHeaderValue('Set-Cookie', `sid=${v}; Path=/`)).toBe('sid=[redacted]; Path=/');
    expect(redactHeaderValue('Content-Type', 'application/json')).toBe('application/json');
  });

  it('stays linear on pathological input', () => {
    const inputs = [
      'eyJ'.repeat(170_000),
      'eyJabcdefghij.'.repeat(35_000),
      'Bearer '.repeat(70_000),
      'sk-ant-'.repeat(70_000),
      '"password":"'.repeat(40_000),
      'authorization: '.repeat(30_000),
      '-----BEGIN '.repeat(45_000),
      '?key='.repeat(100_000),
      'a'.repeat(500_000),
      `${'"name": "'.repeat(50_000)}`,
      'SG.'.repeat(150_000),
      `https://${'a'.repeat(200)}:`.repeat(2_000),
      '&'.repeat(500_000),
    ];
    for (const input of inputs) {
      const t0 = performance.now();
      redactSecrets(input);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
