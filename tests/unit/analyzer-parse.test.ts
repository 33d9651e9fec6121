import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../src/lib/analyzer/challenge.ts';
import { MAX_INPUT, parseHttpDate, parseResponse, parseRetryAfter } from '../../src/lib/analyzer/parse.ts';
import { htmlToText, parseBody } from '../../src/lib/analyzer/body.ts';

const NOW = new Date('2025-01-01T00:00:00Z');

describe('status', () => {
  it('reads HTTP/1.1 and HTTP/2 status lines', () => {
    expect(parseResponse('HTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nnope', NOW)).toMatchObject({
      status: 401,
      statusText: 'Unauthorized',
      statusSource: 'status-line',
      format: 'http',
      httpVersion: '1.1',
    });
    expect(parseResponse('HTTP/2 403\r\nserver: x\r\n\r\n', NOW)).toMatchObject({ status: 403, statusText: null, httpVersion: '2' });
  });

  it('reads curl -v "<" lines and picks the 4xx after a redirect', () => {
    const p = parseResponse(
      [
        '> GET /old HTTP/1.1',
        '> Host: a.example',
        '>',
        '< HTTP/1.1 302 Found',
        '< Location: https://b.example/new',
        '<',
        '* Issue another request to this URL: \'https://b.example/new\'',
        '> GET /new HTTP/1.1',
        '> Host: b.example',
        '>',
        '< HTTP/1.1 401 Unauthorized',
        '< WWW-Authenticate: Bearer realm="b"',
        '<',
        '{"message":"Unauthorized"}',
      ].join('\n'),
      NOW,
    );
    expect(p.format).toBe('curl-verbose');
    expect(p.status).toBe(401);
    expect(p.statusHistory).toEqual([302, 401]);
    expect(p.redirected).toBe(true);
    expect(p.request.target).toBe('/new');
    expect(p.body.messages).toEqual(['Unauthorized']);
  });

  it('reads the status from JSON bodies (status, statusCode, numeric code, problem+json)', () => {
    expect(parseResponse('{"statusCode":401,"message":"x"}', NOW)).toMatchObject({ status: 401, statusSource: 'json-body' });
    expect(parseResponse('{"error":{"code":403,"message":"denied","status":"PERMISSION_DENIED"}}', NOW).status).toBe(403);
    expect(parseResponse('{"message":"Bad credentials","status":"401"}', NOW).status).toBe(401);
    expect(parseResponse('{"code":20003,"status":401}', NOW).status).toBe(401);
    expect(parseResponse('{"code":20003}', NOW).status).toBeNull();
    expect(parseResponse('{"status":200}', NOW).status).toBeNull();
    const p = parseResponse('{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Your current balance is 30, but that costs 50."}', NOW);
    expect(p.status).toBe(403);
    expect(p.body.kind).toBe('problem+json');
    expect(p.body.problem).toMatchObject({ title: 'You do not have enough credit.', status: 403 });
    expect(p.body.messages).toContain('Your current balance is 30, but that costs 50.');
    expect(p.body.errorCodes).toContain('https://example.com/probs/out-of-credit');
  });

  it('reads HTTP/2 pseudo-header and DevTools status lines', () => {
    expect(parseResponse(':status: 429\nretry-after: 5\n\n', NOW)).toMatchObject({ status: 429, retryAfterSeconds: 5 });
    const d = parseResponse(
      'Request URL: https://api.example.com/v1/me\nRequest Method: GET\nStatus Code: 401 Unauthorized\nRemote Address: 203.0.113.5:443\nResponse Headers\nwww-authenticate: Bearer realm="api"\nRequest Headers\nauthorization: Bearer abc.def\norigin: https://app.example.com\nsec-fetch-mode: cors',
      NOW,
    );
    expect(d).toMatchObject({ format: 'devtools', status: 401, statusSource: 'devtools' });
    expect(d.challenges[0]?.scheme).toBe('Bearer');
    expect(d.request).toMatchObject({ method: 'GET', authorizationScheme: 'Bearer', origin: 'https://app.example.com', fromBrowser: true });
  });

  it('takes the first 4xx HAR entry, else the last', () => {
    const entry = (status: number, url: string) => ({
      request: { method: 'GET', url, headers: [{ name: 'Accept', value: '*/*' }] },
      response: { status, statusText: '', headers: [{ name: 'Content-Type', value: 'application/json' }], content: { mimeType: 'application/json', text: `{"message":"s${status}"}` } },
    });
    const har = (entries: unknown[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'Firefox', version: '120' }, entries } });
    const a = parseResponse(har([entry(200, 'https://a/1'), entry(403, 'https://a/2'), entry(404, 'https://a/3')]), NOW);
    expect(a).toMatchObject({ format: 'har', status: 403, statusSource: 'har' });
    expect(a.body.messages).toEqual(['s403']);
    expect(a.request).toMatchObject({ source: 'har', target: 'https://a/2', headersSeen: true, fromBrowser: true });
    expect(parseResponse(har([entry(200, 'https://a/1'), entry(304, 'https://a/2')]), NOW).status).toBe(304);
    const b64 = parseResponse(
      JSON.stringify({ log: { entries: [{ request: { method: 'GET', url: 'https://x', headers: [] }, response: { status: 401, headers: [], content: { text: btoa('{"message":"Bad credentials"}'), encoding: 'base64', mimeType: 'application/json' } } }] } }),
      NOW,
    );
    expect(b64.body.messages).toEqual(['Bad credentials']);
  });
});

describe('headers', () => {
  it('are case-insensitive, joined when repeated, and obs-folded', () => {
    const p = parseResponse('HTTP/1.1 401 Unauthorized\nX-Thing: a\nx-thing: b\nWWW-Authenticate: Basic realm="one"\nWww-Authenticate: Bearer\n  realm="two"\n\n', NOW);
    expect(p.headers['x-thing']).toBe('a, b');
    expect(p.challenges.map((c) => c.scheme)).toEqual(['Basic', 'Bearer']);
    expect(p.challenges[1]?.params['realm']).toBe('two');
    expect(p.headerList[0]).toEqual({ name: 'X-Thing', value: 'a' });
  });

  it('accepts a header block without a status line only when it holds known response headers', () => {
    const p = parseResponse('WWW-Authenticate: Bearer error="invalid_token"\nContent-Type: application/json\n\n{"message":"x"}', NOW);
    expect(p.format).toBe('headers');
    expect(p.responseHeadersSeen).toBe(true);
    expect(p.challenges[0]?.params['error']).toBe('invalid_token');
    const t = parseResponse('Error: Invalid API key\nHint: check it', NOW);
    expect(t.format).toBe('text');
    expect(t.responseHeadersSeen).toBe(false);
  });

  it('parses Allow, CORS and vendor headers', () => {
    const p = parseResponse(
      [
        'HTTP/1.1 405 Method Not Allowed',
        'Allow: GET, head,  OPTIONS',
        'Access-Control-Allow-Origin: https://app.example.com',
        'Access-Control-Allow-Methods: GET, POST',
        'Access-Control-Allow-Headers: content-type, x-api-key',
        'Access-Control-Allow-Credentials: true',
        'Access-Control-Max-Age: 600',
        'x-amzn-ErrorType: ForbiddenException',
        'x-amzn-RequestId: 1234',
        'x-github-sso: required; url=https://github.com/orgs/x/sso',
        'X-RateLimit-Remaining: 0',
        'x-oauth-scopes: repo',
        'x-accepted-oauth-scopes: admin:org',
        'Content-Type: text/plain',
        '',
        '',
      ].join('\n'),
      NOW,
    );
    expect(p.allow).toEqual(['GET', 'HEAD', 'OPTIONS']);
    expect(p.cors).toEqual({
      allowOrigin: 'https://app.example.com',
      allowCredentials: true,
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['content-type', 'x-api-key'],
      exposeHeaders: null,
      maxAge: 600,
    });
    expect(p.vendorHeaders).toMatchObject({
      'x-amzn-errortype': 'ForbiddenException',
      'x-amzn-requestid': '1234',
      'x-github-sso': 'required; url=https://github.com/orgs/x/sso',
      'x-ratelimit-remaining': '0',
      'x-oauth-scopes': 'repo',
      'x-accepted-oauth-scopes': 'admin:org',
    });
    expect(p.vendorHeaders['content-type']).toBeUndefined();
  });
});

describe('WWW-Authenticate (RFC 9110 §11.6.1, RFC 6750 §3)', () => {
  it('parses the RFC 9110 example with two challenges and an escaped quote', () => {
    expect(parseChallenges('Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"')).toEqual([
      { scheme: 'Newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } },
      { scheme: 'Basic', params: { realm: 'simple' } },
    ]);
  });

  it('parses RFC 6750 error challenges', () => {
    expect(parseChallenges('Bearer realm="example", error="invalid_token", error_description="The access token expired"')).toEqual([
      { scheme: 'Bearer', params: { realm: 'example', error: 'invalid_token', error_description: 'The access token expired' } },
    ]);
    expect(parseChallenges('Bearer realm="x", error="insufficient_scope", scope="openid profile"')[0]?.params['scope']).toBe('openid profile');
  });

  it('handles token68, bare schemes, lower-cased param names, missing commas and junk', () => {
    expect(parseChallenges('Negotiate YIIGhgYJKoZIhvcSAQICAQBu==, NTLM')).toEqual([
      { scheme: 'Negotiate', token68: 'YIIGhgYJKoZIhvcSAQICAQBu==', params: {} },
      { scheme: 'NTLM', params: {} },
    ]);
    expect(parseChallenges('Bearer')).toEqual([{ scheme: 'Bearer', params: {} }]);
    expect(parseChallenges('Basic Realm="Shopify API Authentication"')[0]?.params['realm']).toBe('Shopify API Authentication');
    expect(parseChallenges('Bearer realm="a" error="b"')[0]?.params).toEqual({ realm: 'a', error: 'b' });
    expect(parseChallenges('Bearer error="unterminated')[0]?.params['error']).toBe('unterminated');
    expect(parseChallenges('"""===,,,')).toEqual([]);
    expect(parseChallenges('Digest realm="r", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v"')[0]?.params).toMatchObject({
      qop: 'auth, auth-int',
      algorithm: 'SHA-256',
    });
  });

  it('collects Proxy-Authenticate separately', () => {
    const p = parseResponse('HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm="corp"\n\n', NOW);
    expect(p.proxyChallenges).toEqual([{ scheme: 'Basic', params: { realm: 'corp' } }]);
    expect(p.challenges).toEqual([]);
  });
});

describe('Retry-After', () => {
  it('reads delay-seconds and all three HTTP-date forms relative to now', () => {
    expect(parseRetryAfter('120', NOW)).toEqual({ raw: '120', seconds: 120, date: null });
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:02:00 GMT', NOW).seconds).toBe(120);
    expect(parseRetryAfter('Wednesday, 01-Jan-25 00:01:00 GMT', NOW).seconds).toBe(60);
    expect(parseRetryAfter('Wed Jan  1 00:00:30 2025', NOW).seconds).toBe(30);
    expect(parseRetryAfter('Fri, 31 Dec 1999 23:59:59 GMT', NOW)).toMatchObject({ seconds: 0, date: '1999-12-31T23:59:59.000Z' });
    expect(parseRetryAfter('2.0', NOW).seconds).toBe(2);
    expect(parseRetryAfter('soon', NOW)).toEqual({ raw: 'soon', seconds: null, date: null });
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate('Sun, 32 Nov 1994 08:49:37 GMT')).toBeNull();
  });

  it('is exposed on the parsed response', () => {
    expect(parseResponse('HTTP/1.1 429 Too Many Requests\nRetry-After: 3600\n\n', NOW).retryAfterSeconds).toBe(3600);
  });
});

describe('bodies', () => {
  it('reads the common JSON error shapes', () => {
    expect(parseBody('{"error":{"message":"Invalid API Key provided: sk_test_****1234","type":"invalid_request_error","code":"api_key_invalid"}}')).toMatchObject({
      kind: 'json',
      messages: ['Invalid API Key provided: sk_test_****1234'],
      errorCodes: ['invalid_request_error', 'api_key_invalid'],
    });
    expect(parseBody('{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}').messages).toEqual(['Bad credentials']);
    expect(parseBody('{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}')).toMatchObject({
      messages: ['Unknown or invalid refresh token.'],
      errorCodes: ['invalid_grant'],
    });
    expect(parseBody('{"errors":[{"message":"Field is required","code":"required"},{"message":"Bad token","extensions":{"code":"UNAUTHENTICATED"}}]}')).toMatchObject({
      messages: ['Field is required', 'Bad token'],
      errorCodes: ['required', 'UNAUTHENTICATED'],
    });
    expect(parseBody('{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}').messages).toEqual([
      '[API] Invalid API key or access token (unrecognized login or wrong password)',
    ]);
    expect(parseBody('{"__type":"com.amazon.coral.service#UnrecognizedClientException","message":"The security token included in the request is invalid."}').errorCodes).toEqual([
      'UnrecognizedClientException',
    ]);
    expect(parseBody('{"ok":false,"error":"missing_scope","needed":"chat:write"}').errorCodes).toEqual(['missing_scope']);
    expect(parseBody('{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}')).toMatchObject({
      messages: ['invalid x-api-key'],
      errorCodes: ['authentication_error'],
    });
  });

  it('reads AWS-style XML errors', () => {
    const b = parseBody('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied &amp; more</Message><RequestId>X</RequestId></Error>');
    expect(b).toMatchObject({ kind: 'xml', errorCodes: ['AccessDenied'], messages: ['Access Denied & more'] });
    expect(parseBody('<ErrorResponse><Error><Type>Sender</Type><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error></ErrorResponse>').errorCodes).toEqual([
      'ExpiredToken',
    ]);
  });

  it('reduces HTML to text without scripts, styles or comments, and never keeps markup', () => {
    const html =
      '<!DOCTYPE html><html><head><title>403 Forbidden</title><style>body{color:red}</style><script>alert("x<y>")</script></head>' +
      '<body><!-- hidden --><h1>Forbidden <span>(403)</span></h1><p>CSRF verification failed. Request aborted.</p><p>Tom &amp; Jerry &#x201c;quoted&#x201d; &lt;b&gt;</p></body></html>';
    const b = parseBody(html);
    expect(b.kind).toBe('html');
    expect(b.title).toBe('403 Forbidden');
    expect(b.status).toBe(403);
    expect(b.messages).toEqual(['403 Forbidden', 'Forbidden (403)', 'CSRF verification failed. Request aborted.', 'Tom & Jerry “quoted” <b>']);
    expect(b.text).not.toContain('alert');
    expect(b.text).not.toContain('color:red');
    expect(b.text).not.toContain('hidden');
    expect(b.text).not.toContain('<span');
    expect(htmlToText('<p>unclosed <b').text).toBe('unclosed <b');
    expect(htmlToText('<script>never closed').text).toBe('');
  });

  it('reads plain text and truncated JSON', () => {
    expect(parseBody('Invalid API Key\n\nsecond line')).toMatchObject({ kind: 'text', messages: ['Invalid API Key', 'second line'] });
    const t = parseBody('{"error": {"message": "Incorrect API key provided", "type": "invalid_request_error", "code": "invalid_api_ke');
    expect(t.messages).toEqual(['Incorrect API key provided']);
    expect(t.errorCodes).toEqual(['invalid_request_error']);
    expect(parseBody('   ').kind).toBe('empty');
  });
});

describe('request side', () => {
  const curl = (lines: string[]) =>
    parseResponse([...lines.map((l) => `> ${l}`), '>', '< HTTP/1.1 401 Unauthorized', '< Content-Length: 0', '<'].join('\n'), NOW).request;

  it('reads method, target, Authorization scheme, API-key headers, cookies and Origin from curl -v', () => {
    const r = curl(['POST /v1/charges HTTP/1.1', 'Host: api.example.com', 'Authorization: Bearer abc.def.ghi', 'X-Api-Key: k', 'Cookie: s=1', 'Origin: https://app.example.com']);
    expect(r).toMatchObject({
      source: 'curl-verbose',
      headersSeen: true,
      method: 'POST',
      target: '/v1/charges',
      authorizationScheme: 'Bearer',
      apiKeyHeaders: ['x-api-key'],
      cookieSent: true,
      origin: 'https://app.example.com',
      preflight: false,
    });
    expect(curl(['GET / HTTP/1.1', 'Ocp-Apim-Subscription-Key: k']).apiKeyHeaders).toEqual(['ocp-apim-subscription-key']);
    expect(curl(['GET / HTTP/1.1', 'x-goog-api-key: k']).apiKeyHeaders).toEqual(['x-goog-api-key']);
    expect(curl(['GET / HTTP/1.1', 'X-CSRF-Token: k']).apiKeyHeaders).toEqual([]);
    expect(curl(['GET /?api_key=abc HTTP/1.1']).queryCredential).toBe('api_key');
  });

  it('recognises a preflight and Basic credentials that are an API key', () => {
    expect(curl(['OPTIONS /v1 HTTP/1.1', 'Origin: https://a.example', 'Access-Control-Request-Method: PUT', 'Access-Control-Request-Headers: authorization, x-api-key'])).toMatchObject({
      preflight: true,
      accessControlRequestMethod: 'PUT',
      accessControlRequestHeaders: ['authorization', 'x-api-key'],
    });
    expect(curl(['OPTIONS /v1 HTTP/1.1']).preflight).toBe(false);
    const key = 'sk_' + 'test_' + 'x'.repeat(24);
    expect(curl(['GET / HTTP/1.1', `Authorization: Basic ${btoa(`${key}:`)}`]).basicIsApiKey).toBe(true);
    expect(curl(['GET / HTTP/1.1', `Authorization: Basic ${btoa('aladdin:opensesame')}`]).basicIsApiKey).toBe(false);
  });

  it('reads a curl command line in front of a raw response (positive evidence only)', () => {
    const p = parseResponse(`$ curl -i -X DELETE -H 'X-Api-Key: abc' https://api.example.com/v1/x\nHTTP/2 403\n\n{"message":"Forbidden"}`, NOW);
    expect(p.request).toMatchObject({ source: 'curl-command', headersSeen: true, method: 'DELETE', apiKeyHeaders: ['x-api-key'], target: 'https://api.example.com/v1/x' });
    expect(parseResponse(`curl -u user:pass https://x.example\nHTTP/1.1 401 Unauthorized\n\n`, NOW).request.authorizationScheme).toBe('Basic');
    expect(parseResponse(`curl https://user:pass@x.example/a\nHTTP/1.1 401 Unauthorized\n\n`, NOW).request.authorizationScheme).toBe('Basic');
    const multi = parseResponse(`$ curl -i \\\n  -H 'Accept: application/json' \\\n  -b 'sid=1' \\\n  https://x.example\nHTTP/2 401\n\n`, NOW).request;
    expect(multi).toMatchObject({ cookieSent: true, headersSeen: true, target: 'https://x.example' });
    // Flags that can add a credential out of sight make the request side incomplete.
    for (const cmd of ['curl --netrc https://x.example', 'curl -K cfg https://x.example', 'curl -H "$AUTH" https://x.example', 'curl -sSH "Authorization: Bearer x" https://x.example', 'curl -H @headers.txt https://x.example']) {
      expect(parseResponse(`${cmd}\nHTTP/1.1 401 Unauthorized\n\n`, NOW).request.headersSeen, cmd).toBe(false);
    }
  });

  it('notices a proxy in curl -v output', () => {
    const p = parseResponse(
      '* Uses proxy env variable https_proxy == \'http://proxy:3128\'\n> CONNECT api.example.com:443 HTTP/1.1\n>\n< HTTP/1.1 407 Proxy Authentication Required\n< Proxy-Authenticate: Negotiate\n<\n',
      NOW,
    );
    expect(p.viaProxy).toBe(true);
    expect(p.status).toBe(407);
    expect(p.request.method).toBe('CONNECT');
  });
});

describe('limits', () => {
  it('caps input at MAX_INPUT with a message', () => {
    const p = parseResponse(`HTTP/1.1 401 Unauthorized\n\n${'x'.repeat(MAX_INPUT + 10)}`, NOW);
    expect(p.tooLarge).toBe(true);
    expect(p.raw.length).toBeLessThanOrEqual(MAX_INPUT);
    expect(p.message).toMatch(/512 KiB/);
    expect(p.status).toBe(401);
    expect(parseResponse('ok', NOW).tooLarge).toBe(false);
  });

  it('never throws on odd input', () => {
    for (const input of ['', '\u0000\u0001\uffff', '{', '[[[[', '<<<<', 'HTTP/1.1', 'HTTP/1.1 999 X', '\ud800', '> ', '< HTTP/2 401\n<\n{'] as const) {
      expect(() => parseResponse(input, NOW)).not.toThrow();
    }
    expect(() => parseResponse(undefined as unknown as string, NOW)).not.toThrow();
    expect(() => parseResponse('HTTP/1.1 429 X\nRetry-After: Fri, 31 Dec 1999 23:59:59 GMT\n\n', new Date(Number.NaN))).not.toThrow();
  });
});
