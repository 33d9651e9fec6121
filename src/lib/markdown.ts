// Used at build time (Node). Renders the small Markdown fragments that live in frontmatter
// (cause summaries, step bodies, FAQ answers). Raw HTML in them is escaped, never passed through.
import { Marked } from 'marked';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  async: false,
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    code: ({ text, lang }) => `<pre tabindex="0"><code${lang ? ` class="language-${escapeHtml(lang)}"` : ''}>${escapeHtml(text)}</code></pre>\n`,
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      const external = /^https?:\/\//.test(href);
      const t = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href)}"${t}${external ? ' rel="noopener"' : ''}>${text}</a>`;
    },
  },
});

/** Block Markdown → HTML. */
export const md = (text: string): string => marked.parse(text) as string;
/** Inline Markdown (no wrapping paragraph) → HTML. */
export const mdInline = (text: string): string => marked.parseInline(text) as string;
/** Markdown → plain text, for meta tags and JSON-LD. */
export const mdText = (text: string): string =>
  mdInline(text).replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
export { escapeHtml };
