// Used in Node (astro.config, scripts, tests) and at build time. The one place a fork edits.
/** Public origin, no trailing slash. Set SITE_ORIGIN when you deploy; the default serves localhost. */
const origin = (process.env['SITE_ORIGIN'] ?? 'http://localhost:4321').replace(/\/+$/, '');
/** Base path the site is served under, e.g. "/docs"; "" for the root. Set SITE_BASE. */
const base = (process.env['SITE_BASE'] ?? '').replace(/\/+$/, '');

export const site = {
  /** Shown in the header, titles and Open Graph tags. */
  name: '4xx Field Guide',
  /** One line that says what the site is. */
  tagline: 'Fix HTTP 4xx errors fast: what the code means, why you got it, and the exact steps to fix it.',
  origin,
  base,
  /** Where "edit this page" points: the folder that holds content/ in your repository. */
  repoUrl: process.env['SITE_REPO_URL'] ?? 'https://github.com/4xx-field-guide/4xx-field-guide',
  /** Branch used for "edit this page" links. */
  repoBranch: 'main',
  /** Where "report a mistake" opens a new issue. */
  issuesUrl: process.env['SITE_ISSUES_URL'] ?? 'https://github.com/4xx-field-guide/4xx-field-guide/issues/new',
} as const;

/** A path inside the site, with the base path prepended: url('/errors/401/') → '/docs/errors/401/'. */
export const url = (path: string): string => `${site.base}${path.startsWith('/') ? path : `/${path}`}`;

/** An absolute URL on the configured origin. */
export const absoluteUrl = (path: string): string => `${site.origin}${url(path)}`;
