// Used in Node (build, CLI, tests). Turns entries into the machine-readable catalogue served at
// /api/catalog.json and /api/errors/<slug>.json. Framework-free: takes plain entry data.
import type { Entry } from '../schemas/entry.ts';

import type { Catalog, CatalogEntry } from '../schemas/catalog.ts';

export const CATALOG_VERSION = 1 as const;

/** abs: turns a site path into an absolute URL on the configured origin. */
export function catalogEntry(slug: string, d: Entry, abs: (path: string) => string): CatalogEntry {
  return {
    slug,
    kind: d.kind,
    title: d.title,
    summary: d.summary,
    severity: d.severity,
    codes: d.codes,
    url: abs(`/errors/${slug}/`),
    json: abs(`/api/errors/${slug}.json`),
    tags: d.tags,
    related: d.related,
    aliases: d.aliases,
    updated: d.updated.toISOString().slice(0, 10),
    causes: d.causes.map((c) => ({
      id: c.id,
      title: c.title,
      summary: c.summary,
      category: c.category,
      likelihood: c.likelihood,
      codes: c.codes ?? d.codes,
      url: abs(`/errors/${slug}/${c.id}/`),
      messages: c.patterns.map((p) => ({ text: p.text, vendor: p.vendor, ...(p.header ? { header: p.header } : {}), source: p.source })),
    })),
  };
}

export function buildCatalog(entries: readonly { slug: string; data: Entry }[], abs: (path: string) => string, generated: Date): Catalog {
  return {
    version: CATALOG_VERSION,
    site: abs('/'),
    generated: generated.toISOString().slice(0, 10),
    entries: entries.map((e) => catalogEntry(e.slug, e.data, abs)),
  };
}
