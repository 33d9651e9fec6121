import type { APIRoute } from 'astro';
import { allEntries } from '../../data/entries.ts';
import { buildCatalog } from '../../lib/catalog.ts';
import { absoluteUrl } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const entries = (await allEntries()).map((e) => ({ slug: e.id, data: e.data }));
  const latest = new Date(Math.max(...entries.map((e) => e.data.updated.getTime())));
  return new Response(JSON.stringify(buildCatalog(entries, absoluteUrl, latest), null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
};
