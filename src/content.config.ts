// Wires the loader to the schema; nothing else. The schema is the single source of truth.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entrySchema } from './schemas/entry.ts';

const errors = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/errors' }),
  schema: entrySchema,
});

export const collections = { errors };
