// Used in Node (validate script, tests). Editorial rules over the whole catalogue, beyond what the
// schema and the cross-file checks enforce. Each problem names the file and the rule.
import type { ParsedEntry, Problem } from './content-validation.ts';

/**
 * Real credential formats. Content must never contain a string that matches one exactly:
 * examples are obviously fake and deliberately break the format (EXAMPLE, elisions, underscores).
 */
export const CREDENTIAL_FORMATS: { name: string; re: RegExp }[] = [
  { name: 'Stripe secret/publishable/restricted key', re: /\b[spr]k_(?:live|test)_[0-9A-Za-z]{24,}\b/ },
  { name: 'AWS access key id', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: 'GitHub token', re: /\bgh[pousr]_[A-Za-z0-9]{36}\b/ },
  { name: 'GitHub fine-grained token', re: /\bgithub_pat_[A-Za-z0-9_]{82}\b/ },
  { name: 'Slack token', re: /\bxox[abposr]-[0-9]{8,}-[0-9A-Za-z-]{8,}/ },
  { name: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'OpenAI key', re: /\bsk-(?:proj-)?[A-Za-z0-9]{40,}\b/ },
  { name: 'Anthropic key', re: /\bsk-ant-[a-z0-9]+-[A-Za-z0-9_-]{80,}/ },
  { name: 'SendGrid key', re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/ },
  { name: 'JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}/ },
  { name: 'private key', re: /-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----/ },
];

/** Values vendors publish as examples, safe to show (AWS documents this key id itself). */
const DOCUMENTED_EXAMPLES = new Set(['AKIAIOSFODNN7EXAMPLE']);

export function findCredentials(text: string): string[] {
  const found: string[] = [];
  for (const { name, re } of CREDENTIAL_FORMATS) {
    const g = new RegExp(re.source, 'g');
    for (const m of text.matchAll(g)) if (!DOCUMENTED_EXAMPLES.has(m[0])) found.push(`${name} (${m[0].slice(0, 12)}…)`);
  }
  return found;
}

export interface LintInput {
  entries: readonly ParsedEntry[];
  /** Every file under content/, path and text, for the credential and link scans. */
  files: readonly { file: string; text: string }[];
}

export function lintContent({ entries, files }: LintInput): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const statusByCode = new Map<number, ParsedEntry>();
  for (const e of entries) if (e.data.kind === 'status') statusByCode.set(e.data.code, e);
  const inbound = new Map<string, number>();
  for (const e of entries) for (const r of e.data.related) inbound.set(r, (inbound.get(r) ?? 0) + 1);

  for (const e of entries) {
    const { file, slug, data } = e;
    if (data.faq.length < 2) add(file, 'faq', `[faq] at least two FAQ items (has ${data.faq.length})`);
    if (data.related.length < 2) add(file, 'related', `[related] at least two related entries (has ${data.related.length})`);
    data.codes.forEach((c, i) => {
      if (!statusByCode.has(c)) add(file, `codes[${i}]`, `[codes] ${c} has no status entry: add content/errors/${c}.mdx or remove the code`);
    });
    if (data.kind === 'problem') {
      const primary = data.codes[0]!;
      if (!data.related.includes(String(primary))) {
        add(file, 'related', `[two-way] a problem entry links its main status entry: add "${primary}" to related (the ${primary} page lists this entry in turn)`);
      }
      data.causes.forEach((c, i) => {
        if (Object.keys(c.signals).length === 0) add(file, `causes[${i}].signals`, `[signals] cause "${c.id}" has no wizard signals, so the wizard cannot tell it apart`);
      });
    }
    if (!inbound.get(slug) && !(data.kind === 'problem' && data.codes.some((c) => statusByCode.has(c)))) {
      add(file, '', `[orphan] no other entry links here: add "${slug}" to the related list of an entry about the same problem`);
    }
    data.causes.forEach((c, i) => {
      if (c.steps.length === 0) add(file, `causes[${i}].steps`, `[steps] cause "${c.id}" has no step`);
    });
  }

  for (const { file, text } of files) {
    for (const hit of findCredentials(text)) add(file, '', `[credential] looks like a real ${hit}: use an obviously fake example that breaks the format (e.g. sk_test_EXAMPLE_NOT_A_REAL_KEY)`);
    for (const m of text.matchAll(/\]\((http:\/\/[^)\s]+)\)/g)) {
      if (!/^http:\/\/(localhost|127\.0\.0\.1|example\.(com|org)|[a-z0-9.-]*\.example)/.test(m[1]!)) add(file, '', `[https] external link ${m[1]} must use https://`);
    }
  }
  return problems;
}
