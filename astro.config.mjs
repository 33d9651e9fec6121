// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { site } from './src/site.config.ts';
import { contentRules } from './src/lib/content-integration.ts';
import { pagefindIndex } from './src/lib/pagefind-integration.ts';
import { siteFiles } from './src/lib/site-files-integration.ts';
import { INLINE_SCRIPT_HASH } from './src/lib/inline-script.ts';
import { CSP_DIRECTIVES } from './src/lib/security-headers.ts';

export default defineConfig({
  site: site.origin,
  base: site.base || '/',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  markdown: { syntaxHighlight: false },
  // A strict CSP in every page's <meta>: Astro hashes the styles and scripts it emits; the one
  // is:inline script is added by hash. No 'unsafe-inline' anywhere. Headers: see security-headers.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: CSP_DIRECTIVES,
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [INLINE_SCRIPT_HASH] },
      styleDirective: { resources: ["'self'"] },
    },
  },
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
