// Used in Node and the browser: which header, query-parameter and JSON-field names carry secrets
// or API keys. Plain lookups on lower-cased names; no regular expressions built from input.

/** Headers that carry an API key (never a session or CSRF token). */
export const API_KEY_HEADER_NAMES: ReadonlySet<string> = new Set([
  'x-api-key',
  'api-key',
  'apikey',
  'x-apikey',
  'x-api-token',
  'x-auth-token',
  'x-access-token',
  'x-auth-key',
  'ocp-apim-subscription-key',
  'x-goog-api-key',
  'x-functions-key',
  'private-token',
  'x-shopify-access-token',
  'x-rapidapi-key',
  'x-subscription-token',
  'x-vault-token',
  'x-figma-token',
  'x-algolia-api-key',
  'x-cg-pro-api-key',
  'x-dreamfactory-api-key',
]);

/** Whether a request header name looks like it carries an API key. */
export function isApiKeyHeaderName(name: string): boolean {
  const n = name.toLowerCase();
  if (API_KEY_HEADER_NAMES.has(n)) return true;
  if (n.includes('csrf') || n.includes('xsrf')) return false;
  return n.includes('api-key') || n.includes('apikey') || n.includes('api_key') || n.includes('subscription-key');
}

const SECRET_HEADER_NAMES: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-amz-security-token',
  'x-csrf-token',
  'x-xsrf-token',
  'x-csrftoken',
  'x-hub-signature',
  'x-hub-signature-256',
  'stripe-signature',
  'x-slack-signature',
  'x-twilio-signature',
  'x-shopify-hmac-sha256',
]);

const NON_SECRET_HEADER_NAMES: ReadonlySet<string> = new Set([
  'www-authenticate',
  'proxy-authenticate',
  'authentication-info',
  'proxy-authentication-info',
  'x-oauth-scopes',
  'x-accepted-oauth-scopes',
  'x-oauth-client-id',
  'github-authentication-token-expiration',
]);

/** Whether a header's value must be redacted before it is shown. */
export function isSecretHeaderName(name: string): boolean {
  const n = name.toLowerCase();
  if (SECRET_HEADER_NAMES.has(n) || isApiKeyHeaderName(n)) return true;
  if (NON_SECRET_HEADER_NAMES.has(n)) return false;
  if (n.startsWith('access-control-') || n.includes('ratelimit') || n.includes('rate-limit')) return false;
  if (n.includes('expir') || n.includes('type') || n.includes('scope')) return false;
  return (
    n.includes('token') ||
    n.includes('secret') ||
    n.includes('password') ||
    n.includes('passwd') ||
    n.includes('signature') ||
    n.includes('credential') ||
    n.includes('session-id') ||
    n.includes('sessionid') ||
    n.includes('auth-key') ||
    n.includes('access-key')
  );
}

const SECRET_PARAM_NAMES: ReadonlySet<string> = new Set([
  'api_key',
  'apikey',
  'api-key',
  'key',
  'token',
  'access_token',
  'accesstoken',
  'id_token',
  'refresh_token',
  'auth_token',
  'private_token',
  'oauth_token',
  'oauth_signature',
  'client_secret',
  'password',
  'passwd',
  'secret',
  'sig',
  'signature',
  'x-amz-signature',
  'x-amz-credential',
  'x-amz-security-token',
  'x-goog-signature',
  'x-goog-credential',
  'code',
  'authorization_request',
  'sessionid',
  'session_id',
  'jwt',
  'auth',
  'subscription-key',
]);

/** Whether a query-string or form parameter name carries a secret. */
export function isSecretParamName(name: string): boolean {
  return SECRET_PARAM_NAMES.has(name.toLowerCase());
}

const SECRET_JSON_KEYS: ReadonlySet<string> = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'secret',
  'clientsecret',
  'apisecret',
  'token',
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'authtoken',
  'sessiontoken',
  'securitytoken',
  'apikey',
  'xapikey',
  'privatekey',
  'secretkey',
  'secretaccesskey',
  'sessionid',
  'csrftoken',
  'csrfmiddlewaretoken',
  'xsrftoken',
  'authorization',
  'cookie',
  'setcookie',
  'bearer',
  'jwt',
  'signature',
  'assertion',
  'clientassertion',
  'otp',
]);

/** Whether a JSON member name marks its string value as a secret (password, token, api_key…). */
export function isSecretJsonKey(name: string): boolean {
  let k = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x2d || c === 0x5f || c === 0x2e) continue; // - _ .
    k += c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : name[i];
  }
  if (SECRET_JSON_KEYS.has(k)) return true;
  if (k.endsWith('type') || k.endsWith('use') || k.endsWith('expiry') || k.endsWith('expiresin')) return false;
  return k.endsWith('password') || k.endsWith('secret') || k.endsWith('token') || k.endsWith('apikey');
}
