// Used by Astro's content config, Node scripts, tests and the browser bundle alike:
// plain zod, no astro:* imports.
import { z } from 'zod';

/** A kebab-case identifier: lower-case letters, digits and single hyphens. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const kebab = (what: string) =>
  z.string().regex(KEBAB, {
    message: `${what} must be kebab-case: lower-case letters, digits and single hyphens (e.g. "api-key-expired")`,
  });

/** Entry slugs: a bare status code ("401") or a kebab-case phrase. */
export const slugSchema = kebab('a slug');

/** A 4xx status code, standard or not. */
export const codeSchema = z
  .number({ message: 'a status code must be a number such as 401' })
  .int()
  .min(400, { message: 'only 4xx codes belong here (400–499)' })
  .max(499, { message: 'only 4xx codes belong here (400–499)' });

const httpsUrl = z
  .url({ message: 'must be an absolute URL such as https://www.rfc-editor.org/rfc/rfc9110' })
  .refine((u) => u.startsWith('https://'), { message: 'external links must use https://' });

/** The fixed cause taxonomy. Exactly one per cause. */
export const CATEGORIES = [
  'missing-credentials',
  'malformed-header-or-scheme',
  'invalid-or-mistyped-key',
  'expired-credentials',
  'revoked-or-rotated-credentials',
  'insufficient-permissions-or-scope',
  'ip-or-referrer-restriction',
  'wrong-environment-or-account',
  'clock-skew-or-signature',
  'rate-limited',
  'csrf-or-session',
  'cors-preflight',
  'proxy-auth',
  'not-found-hiding-forbidden',
  'method-or-content-type',
  'other',
] as const;
export const categorySchema = z.enum(CATEGORIES, {
  message: `category must be one of: ${CATEGORIES.join(', ')}`,
});
export type Category = z.infer<typeof categorySchema>;

export const LIKELIHOODS = ['common', 'occasional', 'rare'] as const;

/** How bad the situation usually is; shown as a badge ("Error · 4xx client error"). */
export const SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;

/**
 * How one answer moves a cause's likelihood in the wizard.
 * `confirms` ×12, `raises` ×3, `lowers` ×⅓, `contradicts` ×1/12 (a contradiction lowers, it
 * never removes), `impossible` removes the cause.
 */
export const EFFECTS = ['confirms', 'raises', 'lowers', 'contradicts', 'impossible'] as const;
export type Effect = (typeof EFFECTS)[number];

/** A source that backs a normative claim on the page. */
export const sourceSchema = z.strictObject({
  /** What it is, e.g. "RFC 9110, Section 15.5.2" or "Stripe: API keys". */
  title: z.string().min(3),
  /** https URL of the RFC section or vendor document. */
  url: httpsUrl,
});

/** A command shown as a copyable code block. */
export const commandSchema = z.strictObject({
  /** Tool or language of the snippet. `curl` first by convention. */
  lang: z.enum(['curl', 'shell', 'powershell', 'javascript', 'python', 'http', 'json', 'nginx', 'text']),
  /** Optional caption, e.g. "Show the response headers". */
  label: z.string().optional(),
  /** The command itself. Credentials in it must be obviously fake (e.g. `sk_test_EXAMPLE_NOT_REAL`). */
  code: z.string().min(1),
});

/** One step of the fix: ordered as written. */
export const stepSchema = z.strictObject({
  /** Stable kebab-case id, unique in the entry; the step's anchor (`#step-<id>`). */
  id: kebab('a step id'),
  /** Imperative title, e.g. "Print the key with visible whitespace". */
  title: z.string().min(3),
  /** What to do, what to look for, what it means. Markdown allowed. */
  body: z.string().min(10),
  /** Copyable commands; curl first, then PowerShell, JavaScript, Python where useful. Default []. */
  commands: z.array(commandSchema).default([]),
});

/**
 * A literal string that identifies a cause when it appears in a response: a vendor message,
 * an error code, or a header value. Matched case-insensitively with whitespace folded; never a
 * regular expression.
 */
export const patternSchema = z.strictObject({
  /** The literal text, e.g. "Invalid API Key provided" or "invalid_token". */
  text: z.string().min(3),
  /** Vendor id from content/vendors.yaml, e.g. "stripe", or "rfc" for a standard value. */
  vendor: kebab('a vendor id'),
  /** Where it appears: in the body (default) or in a named header. */
  header: z.string().optional(),
  /** https URL of the document where the vendor shows this message or code. */
  source: httpsUrl,
});

/** question id → answer id → effect. Example: `{ credential-sent: { no: confirms, yes: impossible } }` */
export const signalsSchema = z.record(
  kebab('a question id'),
  z.record(kebab('an answer id'), z.enum(EFFECTS, { message: `an effect must be one of: ${EFFECTS.join(', ')}` })),
);

export const causeSchema = z.strictObject({
  /** Stable kebab-case id, unique in its entry; used in URLs (`/errors/<slug>/<id>/`, `#<id>`). Never rename: add the old id to `aliases`. */
  id: kebab('a cause id'),
  /** Short title, e.g. "Key has expired". */
  title: z.string().min(3),
  /** One or two sentences on what is going on. Markdown allowed. */
  summary: z.string().min(10),
  /** Exactly one category from the fixed taxonomy. */
  category: categorySchema,
  /** Prior: how often this is the reason. */
  likelihood: z.enum(LIKELIHOODS, { message: 'likelihood must be common, occasional or rare' }),
  /** Status codes this cause shows up as; default: the entry's `codes`. */
  codes: z.array(codeSchema).optional(),
  /** Ids of steps in this entry that fix it, in order. At least one. */
  steps: z.array(kebab('a step id')).min(1, { message: 'list at least one step id that fixes this cause' }),
  /** Former ids of this cause that must keep resolving. Default []. */
  aliases: z.array(kebab('a cause alias')).default([]),
  /** Literal messages, codes and header values that point here. Default []. */
  patterns: z.array(patternSchema).default([]),
  /** How wizard answers move this cause (see content/wizard/questions.yaml). Default {}. */
  signals: signalsSchema.default({}),
});

export const faqSchema = z.strictObject({
  q: z.string().min(5),
  /** Markdown allowed. */
  a: z.string().min(5),
});

const commonFields = {
  /** Page title, e.g. "401 Unauthorized" or "API key rejected". */
  title: z.string().min(3),
  /** One sentence: used in lists, the meta description and search results. */
  summary: z
    .string()
    .min(20)
    .max(260, { message: 'keep the summary to one sentence of at most 260 characters' }),
  /** critical | error | warning | info. */
  severity: z.enum(SEVERITIES, { message: `severity must be one of: ${SEVERITIES.join(', ')}` }),
  /** The status codes this entry concerns, most typical first. */
  codes: z.array(codeSchema).min(1, { message: 'list at least one status code, e.g. [401]' }),
  /** Kebab-case tags; each gets a page at /tags/<tag>/. */
  tags: z.array(kebab('a tag')).default([]),
  /** Slugs of related entries; each must exist. */
  related: z.array(slugSchema).default([]),
  /** Former slugs of this entry that must keep working. Never a live slug or another alias. */
  aliases: z.array(slugSchema).default([]),
  /** Last substantive update, YYYY-MM-DD. */
  updated: z.coerce.date({ message: 'updated must be a date like 2026-11-27' }),
  /** Question and answer pairs; also emitted as schema.org FAQPage. */
  faq: z.array(faqSchema).default([]),
  /** Sources cited on the page: RFC sections and vendor documents. */
  sources: z.array(sourceSchema).min(1, { message: 'cite at least one RFC section or vendor document' }),
  /** Why the request failed: each with its category and fix steps. */
  causes: z.array(causeSchema).default([]),
  /** Ordered fix steps referenced by causes. */
  steps: z.array(stepSchema).default([]),
};

export const headerFactSchema = z.strictObject({
  /** Header field name, e.g. "WWW-Authenticate". */
  name: z.string().min(2),
  /** required | recommended | optional (as the spec puts it). */
  requirement: z.enum(['required', 'recommended', 'optional']),
  /** What it carries and why it matters here. */
  note: z.string().min(5),
});

/** Where a non-standard (or doubly used) code comes from. */
export const originSchema = z.strictObject({
  /** Who uses the code, e.g. "nginx" or "Esri ArcGIS REST API". */
  name: z.string().min(2),
  /** The name that software gives the code, e.g. "Client Closed Request". */
  label: z.string().optional(),
  /** Whether a client ever sees this code on the wire. */
  reachesClient: z.boolean().default(true),
  /** What it means there. Markdown allowed. */
  description: z.string().min(10),
  source: httpsUrl,
});

export const statusEntrySchema = z.strictObject({
  kind: z.literal('status'),
  ...commonFields,
  /** The code this entry describes; must also be first in `codes`. */
  code: codeSchema,
  /** True when the code is in the IANA HTTP Status Code Registry. */
  standard: z.boolean(),
  /** The registry's reason phrase, exactly (null for non-standard codes). */
  reasonPhrase: z.string().nullable(),
  /** Defining spec section for a standard code, e.g. { title: "RFC 9110, Section 15.5.2", url }. */
  spec: sourceSchema.optional(),
  /** Headers the spec requires or recommends with this code. Default []. */
  headers: z.array(headerFactSchema).default([]),
  /** Heuristically cacheable by default (RFC 9110 Section 15.1). */
  cacheable: z.boolean(),
  /** When a server should send this code. */
  sendWhen: z.array(z.string().min(5)).default([]),
  /** When a server should not send it, and what to send instead. */
  avoidWhen: z.array(z.string().min(5)).default([]),
  /** Non-standard users of the code; one section each. Default []. */
  origins: z.array(originSchema).default([]),
});

export const problemEntrySchema = z.strictObject({
  kind: z.literal('problem'),
  ...commonFields,
});

/** The whole frontmatter of an entry in content/errors/. */
export const entrySchema = z.discriminatedUnion('kind', [statusEntrySchema, problemEntrySchema], {
  error: () => 'kind must be "status" (one per HTTP code) or "problem" (a specific failure)',
});

export type Entry = z.output<typeof entrySchema>;
export type EntryInput = z.input<typeof entrySchema>;
export type StatusEntry = z.output<typeof statusEntrySchema>;
export type ProblemEntry = z.output<typeof problemEntrySchema>;
export type Cause = z.output<typeof causeSchema>;
export type Step = z.output<typeof stepSchema>;
export type Pattern = z.output<typeof patternSchema>;
