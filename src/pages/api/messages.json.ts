import type { APIRoute } from 'astro';
import { allEntries } from '../../data/entries.ts';
import { url } from '../../site.config.ts';

/**
 * Every vendor message and error code in the catalogue with the cause it points to, compact, for
 * the search UI's exact-message matches (loaded on intent, with the rest of search).
 * Shape: [[text, vendor, causeTitle, path], …]
 */
export const GET: APIRoute = async () => {
  const rows: [string, string, string, string][] = [];
  const seen = new Set<string>();
  for (const e of await allEntries()) {
    for (const c of e.data.causes) {
      for (const p of c.patterns) {
        const key = `${p.text}\n${e.id}/${c.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        rows.push([p.text, p.vendor, c.title, url(`/errors/${e.id}/#${c.id}`)]);
      }
    }
  }
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
};
