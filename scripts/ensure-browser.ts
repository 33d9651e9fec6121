// Makes sure a Chromium is there before the browser tests: an installed one, else Playwright's
// download, else (as root with apt-get) Debian's package; else it stops and says what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, hasBrowser, NO_BROWSER_HELP } from './browser.ts';

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;

if (hasBrowser()) {
  console.log(`browser: ${findChromium().from}`);
  process.exit(0);
}
console.log('browser: none installed; trying `npx playwright install chromium`…');
if (run('npx', ['playwright', 'install', 'chromium']) && hasBrowser()) process.exit(0);
if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("browser: download failed; installing Debian's chromium with apt-get…");
  run('apt-get', ['update', '-qq']);
  if (run('apt-get', ['install', '-y', '-qq', 'chromium']) && hasBrowser()) process.exit(0);
}
console.error(NO_BROWSER_HELP);
process.exit(1);
