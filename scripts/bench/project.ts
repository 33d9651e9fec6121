// Node only (bench): temporary copies of the project and of the bare floor site.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './generate.ts';

/** Caches that tools write under node_modules: never shared between copies (or with the repo). */
const PRIVATE = new Set(['.astro', '.vite', '.cache', '.vitest']);

/**
 * A node_modules folder of symlinks to the repo's packages, so each copy resolves the same
 * dependencies but gets its own `node_modules/.astro` (Astro's content cache) and `.vite`.
 * Symlinking the whole folder would share those caches between copies and with the repo.
 */
export function linkNodeModules(repo: string, dest: string): void {
  const src = join(repo, 'node_modules');
  const nm = join(dest, 'node_modules');
  mkdirSync(nm, { recursive: true });
  for (const name of readdirSync(src)) {
    if (PRIVATE.has(name)) continue;
    symlinkSync(join(src, name), join(nm, name));
  }
}

/** Folders never copied when git is not available (what .gitignore lists, plus .git). */
const SKIP = new Set(['.git', 'node_modules', 'dist', '.astro', 'test-results', 'playwright-report', '.bench']);

function workingTreeFiles(repo: string): string[] {
  try {
    return execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    // Not a git checkout (or no git): a filtered copy of the file system.
    const out: string[] = [];
    const walk = (rel: string) => {
      for (const e of readdirSync(join(repo, rel), { withFileTypes: true })) {
        if (SKIP.has(e.name) || e.name.endsWith('.log')) continue;
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) walk(r);
        else if (e.isFile()) out.push(r);
      }
    };
    walk('');
    return out;
  }
}

/** Copies the working tree (tracked and untracked, not ignored files), like `git ls-files -co --exclude-standard`. */
export function copyProject(repo: string, dest: string): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const files = workingTreeFiles(repo);
  for (const f of files) {
    const from = join(repo, f);
    if (!existsSync(from)) continue; // deleted in the working tree but still tracked
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    copyFileSync(from, join(dest, f));
  }
  linkNodeModules(repo, dest);
}

/** Replaces content/errors/ with the generated files (content/wizard and vendors.yaml stay). */
export function writeCatalogue(root: string, files: readonly GeneratedFile[]): void {
  const dir = join(root, 'content', 'errors');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
}

/**
 * The bare floor: the least an Astro + MDX + Pagefind site must do with the same content. No
 * package.json (the repo's node_modules are linked), only @astrojs/mdx, one page template
 * rendering title, summary and the MDX body through a glob collection with a permissive schema.
 */
export function writeBareSite(repo: string, dest: string, files: readonly GeneratedFile[]): void {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(join(dest, 'src', 'pages', 'errors'), { recursive: true });
  linkNodeModules(repo, dest);
  writeFileSync(
    join(dest, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n\nexport default defineConfig({ integrations: [mdx()] });\n`,
  );
  writeFileSync(
    join(dest, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n\n` +
      `const errors = defineCollection({\n  loader: glob({ pattern: '*.mdx', base: './content/errors' }),\n  schema: z.looseObject({ title: z.string(), summary: z.string() }),\n});\n\nexport const collections = { errors };\n`,
  );
  writeFileSync(
    join(dest, 'src', 'pages', 'errors', '[slug].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\n\nexport async function getStaticPaths() {\n  return (await getCollection('errors')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));\n}\n\n` +
      `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en">\n  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>\n` +
      `  <body>\n    <main data-pagefind-body>\n      <h1>{entry.data.title}</h1>\n      <p>{entry.data.summary}</p>\n      <Content />\n    </main>\n  </body>\n</html>\n`,
  );
  writeCatalogue(dest, files);
}
