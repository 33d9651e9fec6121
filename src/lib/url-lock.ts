// Used in Node (check script, tests): compares the URLs a build publishes with the committed lock.
export interface LockDiff {
  /** Locked URLs the build no longer publishes: broken links for somebody. */
  removed: string[];
  /** URLs the build publishes that the lock does not list yet. */
  added: string[];
}

export const parseLock = (text: string): string[] =>
  text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

export function diffLock(locked: readonly string[], published: readonly string[]): LockDiff {
  const pub = new Set(published);
  const lock = new Set(locked);
  return { removed: locked.filter((u) => !pub.has(u)), added: published.filter((u) => !lock.has(u)) };
}

export function lockMessage(d: LockDiff): string {
  const parts: string[] = [];
  if (d.removed.length) {
    parts.push(
      `${d.removed.length} published URL(s) disappeared. Somebody may link to them, so they must keep working:\n` +
        d.removed.map((u) => `  ${u}`).join('\n') +
        `\nFix: if an entry was renamed, add its old slug to "aliases" in the renamed entry's frontmatter; if a cause id changed, add the old id to that cause's "aliases". Then rebuild. Do not remove lines from published-urls.lock.`,
    );
  }
  if (d.added.length) {
    parts.push(`${d.added.length} new URL(s) are not in the lock yet (first: ${d.added[0]}).\nFix: run \`npm run urls:lock\` and commit published-urls.lock.`);
  }
  return parts.join('\n\n');
}

export function lockFile(published: readonly string[]): string {
  return `# Every URL this site has published. A URL listed here must keep resolving (as a page or a\n# redirect). Add new URLs with \`npm run urls:lock\`; never delete lines.\n${[...published].sort().join('\n')}\n`;
}
