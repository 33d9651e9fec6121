import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries, type ErrorEntry } from '../../../data/entries.ts';
import { catalogEntry, CATALOG_VERSION } from '../../../lib/catalog.ts';
import { absoluteUrl } from '../../../site.config.ts';

export const getStaticPaths = (async () =>
  (await allEntries()).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ErrorEntry }> = ({ props }) =>
  new Response(JSON.stringify({ version: CATALOG_VERSION, ...catalogEntry(props.entry.id, props.entry.data, absoluteUrl) }, null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
