// The public, machine-readable catalogue (/api/catalog.json). Plain zod; its JSON Schema is
// generated from this at /api/catalog.schema.json, so the two cannot drift.
import { z } from 'zod';
import { CATEGORIES, LIKELIHOODS, SEVERITIES } from './entry.ts';

export const catalogCauseSchema = z.object({
  /** Cause id, stable; also the last segment of `url`. */
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  category: z.enum(CATEGORIES),
  likelihood: z.enum(LIKELIHOODS),
  /** Status codes the cause shows up as. */
  codes: z.array(z.number().int()),
  /** Absolute cause URL, usable as an RFC 9457 problem `type`. */
  url: z.url(),
  /** Vendor messages and error codes that point to this cause. */
  messages: z.array(z.object({ text: z.string(), vendor: z.string(), header: z.string().optional(), source: z.url() })),
});

export const catalogEntrySchema = z.object({
  slug: z.string(),
  kind: z.enum(['status', 'problem']),
  title: z.string(),
  summary: z.string(),
  severity: z.enum(SEVERITIES),
  codes: z.array(z.number().int()),
  /** Absolute URL of the entry page. */
  url: z.url(),
  /** Absolute URL of this entry's JSON. */
  json: z.url(),
  tags: z.array(z.string()),
  related: z.array(z.string()),
  /** Former slugs that still redirect here. */
  aliases: z.array(z.string()),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  causes: z.array(catalogCauseSchema),
});

export const catalogSchema = z.object({
  /** Format version; bumped only on incompatible changes. */
  version: z.literal(1),
  /** Absolute URL of the site. */
  site: z.url(),
  /** Date of the newest entry, YYYY-MM-DD. */
  generated: z.string(),
  entries: z.array(catalogEntrySchema),
});

export type Catalog = z.output<typeof catalogSchema>;
export type CatalogEntry = z.output<typeof catalogEntrySchema>;
export type CatalogCause = z.output<typeof catalogCauseSchema>;
