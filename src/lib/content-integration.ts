// Node only: an Astro integration that runs the cross-file content rules before every build and
// dev start, so invalid content fails with file, field and fix instead of a broken page.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContentCached } from './content-files.ts';
import { ContentError } from './content-validation.ts';

export function contentRules(): AstroIntegration {
  return {
    name: 'kb:content-rules',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { entries, problems } = loadContentCached(fileURLToPath(config.root));
        if (problems.length > 0) throw new ContentError(problems);
        logger.info(`content ok: ${entries.length} entries`);
      },
    },
  };
}
