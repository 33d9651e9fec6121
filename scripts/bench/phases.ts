// Node only (bench): splits an `astro build` log (with our own arrival times per line) into phases.

export interface TimedLine {
  /** ms since the command started. */
  t: number;
  text: string;
}

export interface Phase {
  name: string;
  ms: number;
}

const MARKS: { name: string; re: RegExp }[] = [
  { name: 'start, config, content check and sync', re: /\[content\] Synced content/ },
  { name: 'types, build setup, Vite bundles', re: /generating static routes/ },
  { name: 'rendering pages', re: /✓ Completed in / },
  { name: 'sitemap, redirects, headers (kb:site-files)', re: /\[kb:site-files\]/ },
  { name: 'Pagefind index (kb:pagefind)', re: /\[kb:pagefind\]/ },
  { name: 'finish', re: /\[build\] Complete!/ },
];

/** Time between consecutive marks found in the log; marks that are absent are skipped. */
export function buildPhases(lines: readonly TimedLine[], totalMs: number): Phase[] {
  const out: Phase[] = [];
  let prev = 0;
  let from = 0;
  let after = false;
  for (const m of MARKS) {
    // "rendering pages" is the first "✓ Completed" after the routes start.
    let i = lines.findIndex((l, j) => j >= from && m.re.test(l.text));
    if (m.name === 'rendering pages' && !after) i = -1;
    if (m.name === 'types, build setup, Vite bundles' && i >= 0) after = true;
    if (i < 0) continue;
    out.push({ name: m.name, ms: lines[i]!.t - prev });
    prev = lines[i]!.t;
    from = i + 1;
  }
  out.push({ name: 'process exit', ms: totalMs - prev });
  return out;
}
