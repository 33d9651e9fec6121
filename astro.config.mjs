// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { contentRules } from './src/lib/content-integration.ts';
import { pagefindIndex } from './src/lib/pagefind-integration.ts';
import { siteFiles } from './src/lib/site-files-integration.ts';

export default defineConfig({
  site: site.origin,
  base: site.base || '/',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { syntaxHighlight: false },
  // CSP: every page gets a <meta> policy with its own inline script and style hashes after the
  // build (src/lib/security-headers.ts, applied in src/lib/site-files-integration.ts).
  integrations: [contentRules(), mdx(), siteFiles(), pagefindIndex()],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // withastro/astro#18087: one harmless warning per MDX entry. Filter that one only.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
