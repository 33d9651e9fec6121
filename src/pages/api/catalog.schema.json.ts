import type { APIRoute } from 'astro';
import { z } from 'zod';
import { catalogSchema } from '../../schemas/catalog.ts';
import { absoluteUrl } from '../../site.config.ts';

/** JSON Schema of /api/catalog.json, generated from the zod schema that types it. */
export const GET: APIRoute = () => {
  const schema = { ...z.toJSONSchema(catalogSchema), $id: absoluteUrl('/api/catalog.schema.json'), title: '4xx Field Guide catalogue' };
  return new Response(JSON.stringify(schema, null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
};
