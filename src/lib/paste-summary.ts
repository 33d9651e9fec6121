// Used in Node and the browser: what the analyzer recognized, as data and as short lines of text.
import type { PasteDiagnosis } from './paste-diagnosis.ts';

export interface Recognized {
  format: string;
  statusText: string | null;
  schemes: string[];
  authErrors: { error?: string; description?: string; scope?: string }[];
  errorCodes: string[];
  messages: string[];
  vendors: string[];
  matched: { text: string; cause: string }[];
  answers: Record<string, string>;
  jwts: { alg: string | null; iss: string | null; aud: string[] | null; exp: number | null; expired: boolean | null; notYetValid: boolean | null }[];
  retryAfterSeconds: number | null;
  redactions: { kind: string; count: number }[];
  facts: string[];
  lines: string[];
}

export function recognizedSummary(d: PasteDiagnosis): Recognized {
  const a = d.analysis;
  const challenges = [...a.challenges, ...a.proxyChallenges];
  const authErrors = challenges
    .filter((c) => c.params['error'] || c.params['scope'])
    .map((c) => ({
      ...(c.params['error'] ? { error: c.params['error'] } : {}),
      ...(c.params['error_description'] ? { description: c.params['error_description'] } : {}),
      ...(c.params['scope'] ? { scope: c.params['scope'] } : {}),
    }));
  const r: Recognized = {
    format: a.format,
    statusText: a.statusText,
    schemes: [...new Set(challenges.map((c) => c.scheme))],
    authErrors,
    errorCodes: a.body.errorCodes.slice(0, 10),
    messages: a.body.messages.slice(0, 5),
    vendors: d.vendors,
    matched: d.matched.map((m) => ({ text: m.text, cause: m.key })),
    answers: Object.fromEntries(d.evidence.answers),
    jwts: a.jwts.map((j) => ({ alg: j.alg, iss: j.iss, aud: j.aud, exp: j.exp, expired: j.expired, notYetValid: j.notYetValid })),
    retryAfterSeconds: a.retryAfterSeconds,
    redactions: a.redactions.map((x) => ({ kind: x.kind, count: x.count })),
    facts: a.evidence.facts,
    lines: [],
  };
  // The analyzer's own facts say what it read (status, challenge, body, JWT); add what only the
  // content knows (vendor, known messages) and what was redacted.
  const lines = r.lines;
  lines.push(...r.facts);
  if (!r.facts.length) {
    if (d.evidence.status !== null) lines.push(`Status ${d.evidence.status}${a.statusText ? ` ${a.statusText}` : ''}.`);
    if (r.messages.length) lines.push(`Message: ${r.messages[0]}`);
  }
  if (r.vendors.length) lines.push(`Vendor: ${r.vendors.join(', ')}.`);
  for (const m of r.matched.slice(0, 5)) lines.push(`Known message “${m.text}” → ${m.cause}`);
  if (r.redactions.length) lines.push(`Redacted before display: ${r.redactions.map((x) => `${x.count} ${x.kind}`).join(', ')}.`);
  return r;
}
