import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries, type ErrorEntry } from '../../../data/entries.ts';
import { catalogEntry, CATALOG_VERSION } from '../../../lib/catalog.ts';
import { absoluteUrl } from '../../../site.config.ts';

// One JSON file per entry, and the same JSON under each retired slug, so old links keep working.
export const getStaticPaths = (async () =>
  (await allEntries()).flatMap((entry) => [entry.id, ...entry.data.aliases].map((slug) => ({ params: { slug }, props: { entry } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ErrorEntry }> = ({ props }) =>
  new Response(JSON.stringify({ version: CATALOG_VERSION, ...catalogEntry(props.entry.id, props.entry.data, absoluteUrl) }, null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
