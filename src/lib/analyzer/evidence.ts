// Used in Node and the browser: turns a parsed response into wizard answers (question id → answer
// id, as in content/wizard/questions.yaml) and short facts. An answer is given only when the paste
// really shows it; everything else is left for the person to answer.
import type { ParsedResponse } from './parse.ts';
import { redactDetailed, redactSecrets, scrubKnown } from './redact.ts';
import { clip, hasWord } from './util.ts';

export interface EvidenceResult {
  status: number | null;
  /** question id → answer id. */
  answers: Record<string, string>;
  /** What was recognised, one short line each. Free of secrets. */
  facts: string[];
}

/** Questions of content/wizard/questions.yaml that the analyzer can answer, with their answer ids. */
export const ANSWERABLE = {
  'credential-sent': ['yes', 'no'],
  'credential-type': ['api-key', 'bearer-token', 'basic', 'signed-request', 'session-cookie'],
  'www-authenticate': ['invalid-token', 'insufficient-scope', 'invalid-request', 'challenge-only', 'absent'],
  'error-says': ['missing', 'invalid', 'expired', 'permission', 'signature', 'network', 'session', 'rate', 'method', 'nothing'],
  preflight: ['yes'],
  'network-path': ['proxy', 'redirect'],
  'where-from': ['browser-script', 'browser-form'],
} as const;

/** www-authenticate is asked only for these codes (its `whenStatus` in questions.yaml). */
const WWW_AUTHENTICATE_STATUSES = [401, 403];

type ErrorSays = (typeof ANSWERABLE)['error-says'][number];

/** Words that make "missing", "invalid" and friends about a credential (not a parameter or an object). */
const CREDENTIAL_WORDS = ['key', 'token', 'credential', 'auth', 'password', 'secret', 'login', 'jwt', 'bearer', 'cookie', 'certificate'];

/**
 * Keyword rules for `error-says`, checked in this order; the first rule that matches any one
 * message or code wins. The order puts the most specific vocabulary first:
 *
 *  1. phrases that a broader rule below would misread ("signature has expired" is a JWT expiry,
 *     "missing scope" and "does not have the required permissions" are permission problems,
 *     "405 Not Allowed" is about the method, "page expired" is a session);
 *  2. signature / timestamp / clock words (AWS SignatureDoesNotMatch, RequestTimeTooSkewed);
 *  3. CSRF and session words;
 *  4. rate limits and quotas;
 *  5. IP, referrer, origin and CORS restrictions ("Invalid CORS request" is about the origin);
 *  6. method and content type;
 *  7. expiry and revocation;
 *  8. scope and privilege words ("insufficient");
 *  9. missing credentials — only when the same message names a credential (key, token…), so
 *     Stripe's "resource_missing" or a missing parameter does not count;
 * 10. explicit permission words ("permission", "not accessible", SAML);
 * 11. invalid / incorrect / malformed / unknown — first when the message names a credential
 *     ("Access denied due to invalid subscription key" is about the key, not about access);
 * 12. generic refusals: forbidden, access denied, not authorized, not allowed;
 * 13. invalid / incorrect / malformed / unknown about anything else.
 *
 * Text is lower-cased with `_` read as a space, so `access_denied` matches "access denied".
 * `word` rules must stand alone ("ip" is not "zip"); `credential` rules need a credential word
 * in the same message or code.
 */
interface Rule {
  phrase: string;
  answer: ErrorSays;
  word?: boolean;
  credential?: boolean;
}

const ERROR_SAYS_RULES: Rule[] = [
  // 1. specific overrides
  { phrase: 'signature has expired', answer: 'expired' },
  { phrase: 'expiredsignature', answer: 'expired' },
  { phrase: 'csrf token missing', answer: 'session' },
  { phrase: 'missing scope', answer: 'permission' },
  { phrase: 'missing required scope', answer: 'permission' },
  { phrase: 'required permission', answer: 'permission' },
  { phrase: 'does not have the required', answer: 'permission' },
  { phrase: 'does not have permission', answer: 'permission' },
  { phrase: 'request has expired', answer: 'expired' },
  { phrase: '405 not allowed', answer: 'method' },
  // 2. signature and time
  { phrase: 'requesttimetooskewed', answer: 'signature' },
  { phrase: 'signaturedoesnotmatch', answer: 'signature' },
  { phrase: 'incompletesignature', answer: 'signature' },
  { phrase: 'signature', answer: 'signature' },
  { phrase: 'clock skew', answer: 'signature' },
  { phrase: 'timestamp', answer: 'signature' },
  { phrase: 'request time', answer: 'signature' },
  { phrase: 'date header too old', answer: 'signature' },
  { phrase: 'time too skewed', answer: 'signature' },
  // 3. CSRF and session
  { phrase: 'csrf', answer: 'session' },
  { phrase: 'xsrf', answer: 'session' },
  { phrase: 'page expired', answer: 'session' },
  { phrase: 'session', answer: 'session' },
  // 4. rate limit and quota
  { phrase: 'rate limit', answer: 'rate' },
  { phrase: 'ratelimit', answer: 'rate' },
  { phrase: 'too many requests', answer: 'rate' },
  { phrase: 'quota', answer: 'rate' },
  { phrase: 'throttl', answer: 'rate' },
  { phrase: 'limit exceeded', answer: 'rate' },
  { phrase: 'limit reached', answer: 'rate' },
  { phrase: 'limit has been reached', answer: 'rate' },
  { phrase: 'calls per second', answer: 'rate' },
  { phrase: 'requests per', answer: 'rate' },
  { phrase: 'request rate', answer: 'rate' },
  { phrase: 'slow down', answer: 'rate' },
  // 5. network restrictions
  { phrase: 'ip address', answer: 'network' },
  { phrase: 'ip', answer: 'network', word: true },
  { phrase: 'ipreferer', answer: 'network' },
  { phrase: 'referer', answer: 'network' },
  { phrase: 'referrer', answer: 'network' },
  { phrase: 'cors', answer: 'network', word: true },
  { phrase: 'cross-origin', answer: 'network' },
  { phrase: 'origin not allowed', answer: 'network' },
  { phrase: 'origin is not allowed', answer: 'network' },
  { phrase: 'not allowed from', answer: 'network' },
  { phrase: 'country, region, or territory', answer: 'network' },
  { phrase: 'allow list', answer: 'network' },
  { phrase: 'allowlist', answer: 'network' },
  { phrase: 'whitelist', answer: 'network' },
  // 6. method and content type
  { phrase: 'method not allowed', answer: 'method' },
  { phrase: 'unsupported media type', answer: 'method' },
  { phrase: 'content-type', answer: 'method' },
  { phrase: 'content type', answer: 'method' },
  { phrase: 'not acceptable', answer: 'method' },
  // 7. expiry and revocation
  { phrase: 'expired', answer: 'expired' },
  { phrase: 'expir', answer: 'expired' },
  { phrase: 'revoked', answer: 'expired' },
  { phrase: 'no longer valid', answer: 'expired' },
  { phrase: 'inactive', answer: 'expired' },
  // 8. scope and privileges
  { phrase: 'scope', answer: 'permission' },
  { phrase: 'insufficient', answer: 'permission' },
  // 9. missing credentials
  { phrase: 'missing', answer: 'missing', credential: true },
  { phrase: 'not provided', answer: 'missing', credential: true },
  { phrase: 'did not provide', answer: 'missing', credential: true },
  { phrase: "didn't provide", answer: 'missing', credential: true },
  { phrase: 'no api key', answer: 'missing' },
  { phrase: 'requires authentication', answer: 'missing' },
  { phrase: 'not authed', answer: 'missing' },
  { phrase: 'required', answer: 'missing', credential: true },
  { phrase: 'must provide', answer: 'missing', credential: true },
  { phrase: 'no token', answer: 'missing' },
  { phrase: 'no credentials', answer: 'missing' },
  // 10. explicit permission
  { phrase: 'permission', answer: 'permission' },
  { phrase: 'not accessible', answer: 'permission' },
  { phrase: 'does not have access', answer: 'permission' },
  { phrase: 'saml', answer: 'permission', word: true },
  { phrase: 'privilege', answer: 'permission' },
  // 11. invalid credentials
  { phrase: 'invalid', answer: 'invalid', credential: true },
  { phrase: 'incorrect', answer: 'invalid', credential: true },
  { phrase: 'bad credentials', answer: 'invalid' },
  { phrase: 'malformed', answer: 'invalid', credential: true },
  { phrase: 'not valid', answer: 'invalid', credential: true },
  { phrase: 'unrecognized', answer: 'invalid', credential: true },
  { phrase: 'unrecognised', answer: 'invalid', credential: true },
  { phrase: 'unknown', answer: 'invalid', credential: true },
  { phrase: 'wrong', answer: 'invalid', credential: true },
  // 12. generic refusals
  { phrase: 'forbidden', answer: 'permission' },
  { phrase: 'access denied', answer: 'permission' },
  { phrase: 'accessdenied', answer: 'permission' },
  { phrase: 'not authorized', answer: 'permission' },
  { phrase: 'not allowed', answer: 'permission' },
  // 13. invalid, anything
  { phrase: 'invalid', answer: 'invalid' },
  { phrase: 'incorrect', answer: 'invalid' },
  { phrase: 'malformed', answer: 'invalid' },
  { phrase: 'not valid', answer: 'invalid' },
  { phrase: 'could not be validated', answer: 'invalid' },
];

/** Messages that only restate the status (nginx's "403 Forbidden", API Gateway's {"message":"Forbidden"}). */
const GENERIC_MESSAGES = new Set([
  'unauthorized',
  'unauthorised',
  'forbidden',
  'not found',
  'bad request',
  'authorization required',
  'error',
  'client error',
  'access forbidden',
  'http error',
  // Envelope types used for nearly every error (Stripe, OpenAI "invalid_request_error").
  'invalid request',
]);

function isGeneric(message: string): boolean {
  let t = message.toLowerCase().replace(/[()[\]:.!|_-]/g, ' ');
  t = t.replace(/\b(?:error|http|status)\b/g, ' ').replace(/\b4\d\d\b/g, ' ').replace(/exception\b/g, '');
  t = t.replace(/\s+/g, ' ').trim();
  return t.length === 0 || GENERIC_MESSAGES.has(t);
}

/** The `error-says` theme of a set of messages and codes, or null when none applies. */
export function classifyErrorText(messages: readonly string[], codes: readonly string[]): ErrorSays | null {
  const parts = [...messages.filter((m) => !isGeneric(m)), ...codes.filter((c) => !isGeneric(c))]
    .slice(0, 60)
    .map((p) => p.toLowerCase().replace(/_/g, ' '));
  if (parts.length === 0) return null;
  const credential = parts.map((p) => CREDENTIAL_WORDS.some((w) => p.includes(w)));
  for (const rule of ERROR_SAYS_RULES) {
    for (let i = 0; i < parts.length; i++) {
      if (rule.credential && !credential[i]) continue;
      const p = parts[i]!;
      if (rule.word ? hasWord(p, rule.phrase) : p.includes(rule.phrase)) return rule.answer;
    }
  }
  return null;
}


const SIGNED_QUERY = new Set(['x-amz-signature', 'x-goog-signature', 'sig', 'signature']);
const BEARER_QUERY = new Set(['access_token', 'token', 'oauth_token', 'jwt', 'auth_token']);

export interface EvidenceOptions {
  /**
   * Secret values already found by redactDetailed() on the same paste (analyze() passes them);
   * when absent they are computed here, so that a key echoed in a message is never quoted.
   */
  secrets?: readonly string[];
}

/** Wizard answers and facts that the paste supports. */
export function toEvidence(parsed: ParsedResponse, options: EvidenceOptions = {}): EvidenceResult {
  const secrets = options.secrets ?? redactDetailed(parsed.raw).secrets;
  const safe = (s: string, max = 160) => clip(scrubKnown(redactSecrets(s).text, secrets).text, max);
  const answers: Record<string, string> = {};
  const facts: string[] = [];
  const req = parsed.request;
  const status = parsed.status;

  // Status
  if (status !== null) {
    const how: Record<string, string> = {
      'status-line': 'the status line',
      'curl-verbose': 'the curl -v output',
      har: 'the HAR file',
      devtools: 'the DevTools text',
      'json-body': 'a status field in the JSON body',
      'html-title': 'the title of the HTML error page',
    };
    const text = parsed.statusText ? ` ${safe(parsed.statusText, 60)}` : '';
    facts.push(`Status ${status}${text}, read from ${how[parsed.statusSource ?? ''] ?? 'the paste'}.`);
  }
  if (parsed.statusHistory.length > 1) facts.push(`Responses in this exchange: ${parsed.statusHistory.slice(0, 10).join(' → ')}.`);

  // credential-sent and credential-type, from the request side
  const authScheme = req.authorizationScheme;
  // A CONNECT to a proxy is not the API request: it says nothing about the API credential.
  const isConnect = req.method === 'CONNECT';
  const sentSomething =
    !isConnect && (authScheme !== null || req.apiKeyHeaders.length > 0 || req.cookieSent || req.queryCredential !== null);
  let credType: string | null = null;
  if (sentSomething) {
    answers['credential-sent'] = 'yes';
    const where =
      authScheme !== null
        ? `an Authorization header (${safe(authScheme, 40)} scheme)`
        : req.apiKeyHeaders.length > 0
          ? `an API key header (${req.apiKeyHeaders.slice(0, 3).join(', ')})`
          : req.queryCredential !== null
            ? `a credential in the query string (${req.queryCredential})`
            : 'a Cookie header';
    facts.push(`The request carried ${where}${req.source === 'curl-command' ? ', according to the curl command' : ''}.`);
    if (authScheme !== null) {
      const s = authScheme.toLowerCase();
      if (s === 'bearer' || s === 'token') credType = 'bearer-token';
      else if (s === 'basic') credType = req.basicIsApiKey ? 'api-key' : 'basic';
      else if (s.startsWith('aws4-') || s.includes('hmac')) credType = 'signed-request';
      else if (req.apiKeyHeaders.length > 0) credType = 'api-key';
    } else if (req.apiKeyHeaders.length > 0) credType = 'api-key';
    else if (req.queryCredential !== null) {
      credType = SIGNED_QUERY.has(req.queryCredential) ? 'signed-request' : BEARER_QUERY.has(req.queryCredential) ? 'bearer-token' : 'api-key';
    } else if (req.cookieSent) credType = 'session-cookie';
    if (req.proxyAuthorizationSent) facts.push('The request also carried Proxy-Authorization (credentials for a proxy).');
  } else if (isConnect) {
    facts.push('The request shown is a CONNECT to a proxy; the API request itself never went out.');
  } else if (req.headersSeen && (req.source === 'curl-verbose' || req.source === 'devtools' || req.source === 'curl-command' || (req.source === 'har' && !req.fromBrowser))) {
    answers['credential-sent'] = 'no';
    facts.push(
      req.source === 'curl-command'
        ? 'The curl command sends no Authorization, API key or cookie (no -u, -H or -b with one).'
        : 'The request shows no Authorization, API key or Cookie header: no credential was sent.',
    );
  } else if (req.headersSeen && req.source === 'har' && req.fromBrowser) {
    facts.push('No credential header in this browser HAR; browsers can strip Authorization and Cookie from exported HAR files, so that alone does not prove none was sent.');
  }

  // credential-type, from the message or the challenge when the request is not shown
  const challenges = parsed.challenges;
  const msgHay = [...parsed.body.messages, ...parsed.body.errorCodes].join(' ').toLowerCase().replace(/_/g, ' ');
  if (credType === null && !sentSomething) {
    if (msgHay.includes('api key') || msgHay.includes('apikey') || msgHay.includes('x-api-key')) credType = 'api-key';
    else if (msgHay.includes('csrf') || msgHay.includes('session expired')) credType = 'session-cookie';
    else {
      const scheme = challenges[0]?.scheme.toLowerCase();
      if (scheme === 'bearer') credType = 'bearer-token';
      else if (scheme === 'basic') credType = 'basic';
      else if (parsed.body.errorCodes.some((c) => c === 'SignatureDoesNotMatch' || c === 'IncompleteSignature' || c === 'InvalidSignatureException' || c === 'RequestTimeTooSkewed')) {
        credType = 'signed-request';
      }
    }
  }
  if (credType !== null) answers['credential-type'] = credType;

  // www-authenticate
  if (challenges.length > 0) {
    const errors = challenges.map((c) => (c.params['error'] ?? '').toLowerCase());
    const answer = errors.includes('invalid_token')
      ? 'invalid-token'
      : errors.includes('insufficient_scope')
        ? 'insufficient-scope'
        : errors.includes('invalid_request')
          ? 'invalid-request'
          : 'challenge-only';
    answers['www-authenticate'] = answer;
    for (const c of challenges.slice(0, 4)) {
      const bits = ['realm', 'error', 'error_description', 'scope']
        .filter((k) => c.params[k] !== undefined)
        .map((k) => `${k}="${safe(c.params[k] ?? '', 120)}"`);
      facts.push(`WWW-Authenticate: ${safe(c.scheme, 40)} challenge${bits.length > 0 ? ` with ${bits.join(', ')}` : ''}.`);
    }
  } else if (parsed.responseHeadersSeen && status !== null && WWW_AUTHENTICATE_STATUSES.includes(status)) {
    answers['www-authenticate'] = 'absent';
    facts.push('The response has no WWW-Authenticate header.');
  }

  // error-says
  // Vendor error-type headers count as error codes (x-amzn-ErrorType: IncompleteSignatureException:…).
  const codes = [...parsed.body.errorCodes];
  const amzn = parsed.vendorHeaders['x-amzn-errortype'];
  if (amzn) codes.push(amzn.split(':')[0] ?? amzn);
  const msCode = parsed.vendorHeaders['x-ms-error-code'];
  if (msCode) codes.push(msCode);
  // The challenge's error and error_description are messages too (RFC 6750 §3).
  const messages = [...parsed.body.messages];
  for (const c of [...challenges, ...parsed.proxyChallenges]) {
    const d = c.params['error_description'];
    if (d) messages.push(d);
    const e = c.params['error'];
    if (e) codes.push(e);
  }
  const says = classifyErrorText(messages, codes);
  if (says !== null) {
    answers['error-says'] = says;
  } else if (status !== null && messages.every(isGeneric) && codes.every(isGeneric)) {
    answers['error-says'] = 'nothing';
  }
  for (const m of parsed.body.messages.slice(0, 3)) facts.push(`The body says: “${safe(m)}”.`);
  if (parsed.body.errorCodes.length > 0) facts.push(`Error codes: ${parsed.body.errorCodes.slice(0, 6).map((c) => safe(c, 60)).join(', ')}.`);

  // preflight
  if (req.preflight) {
    answers['preflight'] = 'yes';
    facts.push(`The failing request is a CORS preflight (OPTIONS asking for ${safe(req.accessControlRequestMethod ?? '?', 20)}).`);
  }

  // network-path
  const proxyChallenge = parsed.proxyChallenges.length > 0 || parsed.headers['proxy-authenticate'] !== undefined;
  if (status === 407 || proxyChallenge) {
    answers['network-path'] = 'proxy';
    facts.push(status === 407 ? 'Status 407: a proxy between you and the API wants its own credentials.' : 'The response carries Proxy-Authenticate: a proxy wants credentials.');
  } else if (parsed.redirected) {
    answers['network-path'] = 'redirect';
    facts.push('A redirect (3xx) came before the error: clients drop Authorization when a redirect changes host.');
  } else if (parsed.viaProxy) {
    answers['network-path'] = 'proxy';
    facts.push('curl went through a proxy (CONNECT tunnel or proxy environment variable).');
  }

  // where-from
  const mode = req.secFetchMode;
  const rt = req.resourceType;
  if (req.preflight && req.origin !== null) {
    answers['where-from'] = 'browser-script';
  } else if (
    (req.origin !== null && mode === 'cors') ||
    (req.fromBrowser && (rt === 'xhr' || rt === 'fetch' || rt === 'preflight' || mode === 'cors')) ||
    // A browser HAR without resource types or Sec-Fetch-Mode: navigations never send Origin on
    // GET, and forms cannot send PUT/PATCH/DELETE, so only POST stays ambiguous.
    (req.fromBrowser && req.origin !== null && mode === null && rt === null && req.method !== 'POST')
  ) {
    answers['where-from'] = 'browser-script';
    facts.push('Sent by script in a browser page (cross-origin fetch/XHR).');
  } else if (mode === 'navigate' || (req.fromBrowser && rt === 'document')) {
    answers['where-from'] = 'browser-form';
    facts.push('Sent by the browser as a page navigation or form submission.');
  }

  // Other headers worth a line
  if (parsed.retryAfter) {
    facts.push(
      parsed.retryAfter.seconds !== null
        ? `Retry-After: wait ${parsed.retryAfter.seconds} s${parsed.retryAfter.date ? ` (until ${parsed.retryAfter.date})` : ''}.`
        : `Retry-After is present but unreadable: “${safe(parsed.retryAfter.raw, 60)}”.`,
    );
  }
  if (parsed.allow) facts.push(`Allow: ${parsed.allow.join(', ') || '(empty)'} — the methods this resource accepts.`);
  if (parsed.cors) {
    const c = parsed.cors;
    const bits: string[] = [];
    if (c.allowOrigin !== null) bits.push(`origin ${safe(c.allowOrigin, 80)}`);
    if (c.allowMethods) bits.push(`methods ${c.allowMethods.join(', ')}`);
    if (c.allowHeaders) bits.push(`headers ${safe(c.allowHeaders.join(', '), 120)}`);
    if (c.allowCredentials !== null) bits.push(`credentials ${c.allowCredentials ? 'allowed' : 'not allowed'}`);
    facts.push(`CORS response headers: ${bits.join('; ')}.`);
  } else if (req.origin !== null && parsed.responseHeadersSeen) {
    facts.push('The request has an Origin but the response has no Access-Control-Allow-Origin: a browser would block it.');
  }
  const v = parsed.vendorHeaders;
  if (v['x-amzn-errortype']) facts.push(`x-amzn-ErrorType: ${safe(v['x-amzn-errortype'], 80)}.`);
  if (v['x-github-sso']) facts.push('x-github-sso: the organization enforces SAML SSO; the token must be authorized for it.');
  if (v['x-accepted-oauth-scopes'] !== undefined || v['x-oauth-scopes'] !== undefined) {
    facts.push(`OAuth scopes: the token has “${safe(v['x-oauth-scopes'] ?? '', 100)}”; the endpoint accepts “${safe(v['x-accepted-oauth-scopes'] ?? '', 100)}”.`);
  }
  if (v['x-accepted-github-permissions']) facts.push(`x-accepted-github-permissions: ${safe(v['x-accepted-github-permissions'], 100)}.`);
  if (v['x-ms-error-code']) facts.push(`x-ms-error-code: ${safe(v['x-ms-error-code'], 80)}.`);
  if (v['cf-mitigated']) facts.push(`cf-mitigated: ${safe(v['cf-mitigated'], 40)} (Cloudflare blocked or challenged the request).`);
  const remaining = v['x-ratelimit-remaining'] ?? v['ratelimit-remaining'];
  if (remaining !== undefined && remaining.trim() === '0') facts.push('Rate limit: 0 requests remaining in the current window.');
  const tokenExp = v['github-authentication-token-expiration'];
  if (tokenExp) facts.push(`GitHub token expiration: ${safe(tokenExp, 60)}.`);

  return { status, answers, facts };
}
