// Used in Node and the browser: the words the site shows for codes, severities and categories.
import type { Category } from '../schemas/entry.ts';
import { IANA_4XX } from './iana-registry.ts';

export const SEVERITY_LABEL = { critical: 'Critical', error: 'Error', warning: 'Warning', info: 'Info' } as const;

export const CATEGORY_LABEL: Record<Category, string> = {
  'missing-credentials': 'Missing credentials',
  'malformed-header-or-scheme': 'Malformed header or scheme',
  'invalid-or-mistyped-key': 'Invalid or mistyped key',
  'expired-credentials': 'Expired credentials',
  'revoked-or-rotated-credentials': 'Revoked or rotated credentials',
  'insufficient-permissions-or-scope': 'Insufficient permissions or scope',
  'ip-or-referrer-restriction': 'IP or referrer restriction',
  'wrong-environment-or-account': 'Wrong environment or account',
  'clock-skew-or-signature': 'Clock skew or signature',
  'rate-limited': 'Rate limited',
  'csrf-or-session': 'CSRF or session',
  'cors-preflight': 'CORS preflight',
  'proxy-auth': 'Proxy authentication',
  'not-found-hiding-forbidden': 'Not found, hiding forbidden',
  'method-or-content-type': 'Method or content type',
  other: 'Other',
};

export const LIKELIHOOD_LABEL = { common: 'Common', occasional: 'Occasional', rare: 'Rare' } as const;

/** "4xx client error" for every code here; kept as a function so the badge text lives in one place. */
export const classLabel = (code: number): string => `${Math.floor(code / 100)}xx client error`;

/** "401 Unauthorized", or the code alone when it has no registry phrase. */
export const codeName = (code: number): string => (IANA_4XX[code] ? `${code} ${IANA_4XX[code]}` : String(code));
