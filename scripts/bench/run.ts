// Node only (bench): runs a command, measuring wall time and peak memory of its process tree.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimedLine } from './phases.ts';

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

export interface RunResult {
  ok: boolean;
  code: number | null;
  wallMs: number;
  /** ru_maxrss from `/usr/bin/time -v`: the largest single process of the tree (bytes), when time is present. */
  maxRssLargest: number | undefined;
  /** Peak of the sum of VmRSS over the whole process tree, sampled every 100 ms from /proc (bytes). */
  peakRssTree: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr lines with their arrival time (ms since start), ANSI colours removed. */
  lines: TimedLine[];
}

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name, which is in parentheses and may hold spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(name));
      map.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Sum of VmRSS over pid and all its descendants. */
export function treeRss(root: number): number {
  const kids = children();
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssOf(pid);
    stack.push(...(kids.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `cmd args` in cwd. Wrapped in `/usr/bin/time -v` when present (its ru_maxrss is the
 * largest single process, not a sum); the tree sum is sampled from /proc either way.
 */
export function measure(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeFile: string): Promise<RunResult> {
  const useTime = hasGnuTime() && existsSync('/proc/self/status');
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, cmd, ...args]] : [cmd, args];
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const lines: TimedLine[] = [];
    const partial = { out: '', err: '' };
    const take = (which: 'out' | 'err', chunk: string) => {
      const t = performance.now() - t0;
      const parts = (partial[which] + chunk).split('\n');
      partial[which] = parts.pop() ?? '';
      // eslint-disable-next-line no-control-regex
      for (const p of parts) lines.push({ t, text: p.replace(/\x1b\[[0-9;]*m/g, '') });
    };
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      take('out', d.toString());
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      take('err', d.toString());
    });
    let peak = 0;
    const sample = () => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, 100);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      clearInterval(timer);
      let maxRssLargest: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
        if (m) maxRssLargest = Number(m[1]) * 1024;
        rmSync(timeFile, { force: true });
      }
      resolve({ ok: code === 0, code, wallMs, maxRssLargest, peakRssTree: peak, stdout, stderr, lines });
    });
  });
}

/** Environment for child builds: the repo's node_modules/.bin first (its Node 24, astro, pagefind). */
export function buildEnv(repo: string): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(repo, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}` };
}

/** Last lines of a failed command's output, for the error message. */
export const tail = (s: string, n = 30): string => s.trim().split('\n').slice(-n).join('\n');

export function writeLog(path: string, r: RunResult): void {
  writeFileSync(path, `${r.stdout}\n--- stderr ---\n${r.stderr}`);
}
