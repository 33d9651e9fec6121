import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ANSWERABLE, classifyErrorText, toEvidence } from '../../src/lib/analyzer/evidence.ts';
import { parseResponse } from '../../src/lib/analyzer/parse.ts';
import { loadResponseFixtures, makeJwt, randomString } from './analyzer-fixtures.ts';

const NOW = new Date('2025-01-01T00:00:00Z');
const ev = (input: string) => toEvidence(parseResponse(input, NOW));

/** question id → answer ids, from content/wizard/questions.yaml. */
function wizardQuestions(): Map<string, Set<string>> {
  const text = readFileSync(new URL('../../content/wizard/questions.yaml', import.meta.url), 'utf8');
  const data = parseYaml(text) as { questions: { id: string; answers: { id: string }[] }[] };
  return new Map(data.questions.map((q) => [q.id, new Set(q.answers.map((a) => String(a.id)))]));
}

/** curl -v output: request header lines, then a response. */
function curlV(request: string[], status: string, headers: string[] = [], body = ''): string {
  return [...request.map((l) => `> ${l}`), '>', `< ${status}`, ...headers.map((h) => `< ${h}`), '<', body].join('\n');
}

describe('answer ids', () => {
  it('every answer the analyzer can give exists in questions.yaml', () => {
    const q = wizardQuestions();
    for (const [question, answers] of Object.entries(ANSWERABLE)) {
      expect(q.has(question), question).toBe(true);
      for (const a of answers) expect(q.get(question)!.has(a), `${question}=${a}`).toBe(true);
    }
  });
});

describe('credential-sent and credential-type', () => {
  it('yes, with the type of what was sent', () => {
    const cases: [string, string][] = [
      ['Authorization: Bearer abc.def.ghi', 'bearer-token'],
      ['Authorization: token abcdef', 'bearer-token'],
      [`Authorization: Basic ${btoa('alice:pw')}`, 'basic'],
      [`Authorization: Basic ${btoa(`sk_${'live'}_${randomString(24)}:`)}`, 'api-key'],
      ['Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20250101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=abc', 'signed-request'],
      ['x-api-key: abc', 'api-key'],
      ['Cookie: session=abc', 'session-cookie'],
    ];
    for (const [header, type] of cases) {
      const e = ev(curlV(['GET /v1/me HTTP/1.1', 'Host: api.example.com', header], 'HTTP/1.1 401 Unauthorized'));
      expect(e.answers, header).toMatchObject({ 'credential-sent': 'yes', 'credential-type': type });
    }
    expect(ev(curlV(['GET /v1/me?access_token=abc HTTP/1.1'], 'HTTP/1.1 401 Unauthorized')).answers['credential-type']).toBe('bearer-token');
    expect(ev(curlV(['GET /o.pdf?X-Amz-Signature=abc HTTP/1.1'], 'HTTP/1.1 403 Forbidden')).answers['credential-type']).toBe('signed-request');
    expect(ev(curlV(['GET /v1?key=abc HTTP/1.1'], 'HTTP/1.1 400 Bad Request')).answers['credential-type']).toBe('api-key');
  });

  it('no, only when the full request headers are shown', () => {
    expect(ev(curlV(['GET /v1/me HTTP/1.1', 'Host: api.example.com', 'Accept: */*'], 'HTTP/1.1 401 Unauthorized')).answers['credential-sent']).toBe('no');
    // A raw response does not show the request; a plain curl command does.
    expect(ev('HTTP/1.1 401 Unauthorized\n\n').answers['credential-sent']).toBeUndefined();
    expect(ev('$ curl -i https://api.example.com\nHTTP/1.1 401 Unauthorized\n\n').answers['credential-sent']).toBe('no');
    expect(ev('$ curl -i --netrc https://api.example.com\nHTTP/1.1 401 Unauthorized\n\n').answers['credential-sent']).toBeUndefined();
    expect(ev('$ curl -i -H "Authorization: Bearer $TOKEN" https://api.example.com\nHTTP/1.1 401 Unauthorized\n\n').answers).toMatchObject({
      'credential-sent': 'yes',
      'credential-type': 'bearer-token',
    });
    // Browsers may strip Authorization and Cookie from exported HAR files.
    const har = JSON.stringify({ log: { creator: { name: 'WebInspector' }, entries: [{ request: { method: 'GET', url: 'https://x', headers: [{ name: 'Accept', value: '*/*' }] }, response: { status: 401, headers: [{ name: 'Content-Type', value: 'text/plain' }], content: { text: '' } } }] } });
    const e = ev(har);
    expect(e.answers['credential-sent']).toBeUndefined();
    expect(e.facts.join(' ')).toMatch(/strip Authorization and Cookie/);
    // A CONNECT to a proxy is not the API request.
    expect(ev(curlV(['CONNECT api.example.com:443 HTTP/1.1', 'Host: api.example.com:443'], 'HTTP/1.1 407 Proxy Authentication Required', ['Proxy-Authenticate: Basic realm="p"'])).answers['credential-sent']).toBeUndefined();
  });

  it('falls back on the message, then the challenge scheme, when the request is not shown', () => {
    expect(ev('{"error":{"message":"Invalid API Key provided: sk_test_****1234"}}').answers['credential-type']).toBe('api-key');
    expect(ev('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="x"\n\n').answers['credential-type']).toBe('bearer-token');
    expect(ev('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="x"\n\n').answers['credential-type']).toBe('basic');
    expect(ev('<Error><Code>SignatureDoesNotMatch</Code><Message>x</Message></Error>').answers['credential-type']).toBe('signed-request');
    expect(ev('HTTP/1.1 401 Unauthorized\n\n').answers['credential-type']).toBeUndefined();
  });
});

describe('www-authenticate', () => {
  it('maps RFC 6750 error codes, a bare challenge, and absence', () => {
    const w = (h: string, status = '401 Unauthorized') => ev(`HTTP/1.1 ${status}\n${h}\n\n`).answers['www-authenticate'];
    expect(w('WWW-Authenticate: Bearer realm="x", error="invalid_token"')).toBe('invalid-token');
    expect(w('WWW-Authenticate: Bearer error="insufficient_scope", scope="admin"', '403 Forbidden')).toBe('insufficient-scope');
    expect(w('WWW-Authenticate: Bearer error="invalid_request"', '400 Bad Request')).toBe('invalid-request');
    expect(w('WWW-Authenticate: Basic realm="x"')).toBe('challenge-only');
    expect(w('Content-Type: text/plain')).toBe('absent');
    expect(w('Content-Type: text/plain', '403 Forbidden')).toBe('absent');
    // Only for the codes the question is asked for, and only when headers were seen.
    expect(w('Content-Type: text/plain', '429 Too Many Requests')).toBeUndefined();
    expect(ev('{"statusCode":401,"message":"Unauthorized"}').answers['www-authenticate']).toBeUndefined();
  });
});

describe('error-says', () => {
  const cases: [string, string | null][] = [
    ['The access token expired', 'expired'],
    ['Expired API Key provided: rk_test_****', 'expired'],
    ['Token has been expired or revoked.', 'expired'],
    ['Signature has expired', 'expired'],
    ['Request had insufficient authentication scopes.', 'permission'],
    ['You have insufficient permissions for this operation. Missing scopes: api.model.read', 'permission'],
    ["The provided key 'rk_test_***' does not have the required permissions for this endpoint", 'permission'],
    ['Access Denied', 'permission'],
    ['User is not authorized to access this resource with an explicit deny', 'permission'],
    ['The request signature we calculated does not match the signature you provided.', 'signature'],
    ['RequestTimeTooSkewed', 'signature'],
    ["Request date header too old: 'Fri, 04 Oct 2019 18:02:12 GMT'", 'signature'],
    ['CSRF token mismatch.', 'session'],
    ['CSRF Failed: CSRF token missing.', 'session'],
    ['Page Expired', 'session'],
    ['API rate limit exceeded for 203.0.113.7.', 'rate'],
    ['You exceeded your current quota, please check your plan and billing details.', 'rate'],
    ['Exceeded 2 calls per second for api client.', 'rate'],
    ['You did not provide an API key.', 'missing'],
    ['Authentication credentials were not provided.', 'missing'],
    ['Missing Authentication Token', 'missing'],
    ['Request is missing required authentication credential.', 'missing'],
    ['Bad credentials', 'invalid'],
    ['Incorrect API key provided: sk-abc***xyz', 'invalid'],
    ['Access denied due to invalid subscription key.', 'invalid'],
    ['invalid x-api-key', 'invalid'],
    ['Method Not Allowed', 'method'],
    ["Content type 'text/plain;charset=UTF-8' not supported", 'method'],
    ['Requests from referer <empty> are blocked.', 'network'],
    ['IP not authorized', 'network'],
    ['Invalid CORS request', 'network'],
    ['Country, region, or territory not supported', 'network'],
    // Generic status text says nothing by itself.
    ['Forbidden', null],
    ['401 Authorization Required', null],
    // "missing" about something that is not a credential is not "missing".
    ['Missing required param: amount.', null],
    ['Skip this zip file', null],
  ];
  for (const [message, answer] of cases) {
    it(`"${message}" → ${answer ?? 'no answer'}`, () => {
      expect(classifyErrorText([message], [])).toBe(answer);
    });
  }

  it('reads codes, x-amzn-ErrorType and the challenge error_description too', () => {
    expect(classifyErrorText([], ['API_KEY_HTTP_REFERRER_BLOCKED'])).toBe('network');
    expect(classifyErrorText([], ['access_denied'])).toBe('permission');
    expect(ev('HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: IncompleteSignatureException:x\n\n{}').answers['error-says']).toBe('signature');
    expect(ev('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"\n\n').answers['error-says']).toBe('expired');
  });

  it('says "nothing" for an empty or generic body only when the response was seen', () => {
    expect(ev('HTTP/1.1 403 Forbidden\nContent-Length: 0\n\n').answers['error-says']).toBe('nothing');
    expect(ev('HTTP/2 403\nx-amzn-ErrorType: ForbiddenException\n\n{"message":"Forbidden"}').answers['error-says']).toBe('nothing');
    expect(ev('Authenticate').answers['error-says']).toBeUndefined();
  });
});

describe('preflight, network-path, where-from', () => {
  it('recognises a failing preflight sent by a page script', () => {
    const e = ev(curlV(['OPTIONS /v1/items HTTP/1.1', 'Origin: https://app.example.com', 'Access-Control-Request-Method: POST'], 'HTTP/1.1 401 Unauthorized'));
    expect(e.answers).toMatchObject({ preflight: 'yes', 'where-from': 'browser-script' });
    expect(ev(curlV(['GET /v1/items HTTP/1.1'], 'HTTP/1.1 401 Unauthorized')).answers['preflight']).toBeUndefined();
  });

  it('recognises redirects and proxies', () => {
    const redirected = [
      '> GET /a HTTP/1.1',
      '>',
      '< HTTP/1.1 301 Moved Permanently',
      '< Location: https://other.example/a',
      '<',
      '> GET /a HTTP/1.1',
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '<',
    ].join('\n');
    expect(ev(redirected).answers['network-path']).toBe('redirect');
    expect(ev('HTTP/1.1 407 Proxy Authentication Required\n\n').answers['network-path']).toBe('proxy');
    expect(ev('HTTP/1.1 403 Forbidden\nProxy-Authenticate: Negotiate\n\n').answers['network-path']).toBe('proxy');
    expect(ev('HTTP/1.1 401 Unauthorized\n\n').answers['network-path']).toBeUndefined();
  });

  it('recognises browser script and navigation requests', () => {
    expect(ev(curlV(['GET /x HTTP/1.1', 'Origin: https://a.example', 'Sec-Fetch-Mode: cors'], 'HTTP/1.1 403 Forbidden')).answers['where-from']).toBe('browser-script');
    expect(ev(curlV(['POST /login HTTP/1.1', 'Sec-Fetch-Mode: navigate'], 'HTTP/1.1 419 unknown status')).answers['where-from']).toBe('browser-form');
    expect(ev(curlV(['GET /x HTTP/1.1', 'User-Agent: curl/8.0'], 'HTTP/1.1 403 Forbidden')).answers['where-from']).toBeUndefined();
    const firefox = (method: string) =>
      JSON.stringify({
        log: {
          creator: { name: 'Firefox', version: '115.0' },
          entries: [{ request: { method, url: 'https://api.example.com/x', headers: [{ name: 'Origin', value: 'https://app.example.com' }] }, response: { status: 403, headers: [], content: { text: '' } } }],
        },
      });
    expect(ev(firefox('GET')).answers['where-from']).toBe('browser-script');
    expect(ev(firefox('PUT')).answers['where-from']).toBe('browser-script');
    expect(ev(firefox('POST')).answers['where-from']).toBeUndefined(); // a form post or a script
  });
});

describe('facts', () => {
  it('describe what was recognised and carry no secret', () => {
    const key = randomString(40);
    const jwt = makeJwt(NOW, -60);
    const e = ev(
      curlV(
        ['GET /v1/me HTTP/1.1', `Authorization: Bearer ${jwt}`, `x-api-key: ${key}`],
        'HTTP/1.1 429 Too Many Requests',
        ['Retry-After: 120', `WWW-Authenticate: Bearer error="invalid_token", error_description="token ${key} rejected"`, 'Allow: GET'],
        `{"message":"key ${key} is rate limited"}`,
      ),
    );
    const text = e.facts.join('\n');
    expect(text).toMatch(/Status 429/);
    expect(text).toMatch(/Retry-After: wait 120 s/);
    expect(text).toMatch(/Authorization header \(Bearer scheme\)/);
    expect(text).not.toContain(key);
    expect(text).not.toContain(jwt);
    expect(e.status).toBe(429);
  });
});

describe('corpus', () => {
  it('gives only answers that exist in questions.yaml', () => {
    const q = wizardQuestions();
    for (const f of loadResponseFixtures(NOW)) {
      const e = ev(f.input);
      for (const [question, answer] of Object.entries(e.answers)) {
        expect(q.get(question)?.has(answer), `${f.file}: ${question}=${answer}`).toBe(true);
      }
    }
  });

  it('reads the telling fixtures as a person would', () => {
    const byFile = new Map(loadResponseFixtures(NOW).map((f) => [f.file, ev(f.input).answers]));
    expect(byFile.get('13-aws-s3-signature-does-not-match.txt')).toMatchObject({ 'credential-sent': 'yes', 'credential-type': 'signed-request', 'error-says': 'signature' });
    expect(byFile.get('17-aws-apigw-forbidden-no-api-key.txt')).toMatchObject({ 'credential-sent': 'no', 'error-says': 'nothing' });
    expect(byFile.get('22-google-referer-blocked.txt')).toMatchObject({ 'credential-type': 'api-key', 'error-says': 'network', 'where-from': 'browser-script' });
    expect(byFile.get('23-google-insufficient-scopes.txt')).toMatchObject({ 'www-authenticate': 'insufficient-scope', 'error-says': 'permission' });
    expect(byFile.get('27-azure-graph-token-expired.txt')).toMatchObject({ 'credential-type': 'bearer-token', 'error-says': 'expired' });
    expect(byFile.get('47-laravel-csrf-token-mismatch-har.txt')).toMatchObject({ 'error-says': 'session', 'where-from': 'browser-script' });
    expect(byFile.get('54-squid-proxy-authentication-required.txt')).toMatchObject({ 'network-path': 'proxy' });
    expect(byFile.get('50-nginx-basic-auth-required.txt')).toMatchObject({ 'credential-sent': 'no', 'credential-type': 'basic', 'www-authenticate': 'challenge-only' });
    expect(byFile.get('55-spring-invalid-cors-request.txt')).toMatchObject({ preflight: 'yes', 'where-from': 'browser-script' });
    expect(byFile.get('56-spring-preflight-401-har.txt')).toMatchObject({ preflight: 'yes' });
    expect(byFile.get('59-rfc-bearer-token-expired.txt')).toMatchObject({ 'www-authenticate': 'invalid-token', 'error-says': 'expired' });
  });
});
