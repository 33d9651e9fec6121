// Node only: finds a Chromium for Playwright. Order: CHROMIUM_PATH, Playwright's own build,
// Debian's /usr/bin/chromium. Shared by playwright.config.ts and scripts/ensure-browser.ts.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): { path: string | undefined; from: string } {
  const env = process.env['CHROMIUM_PATH'];
  if (env) return existsSync(env) ? { path: env, from: 'CHROMIUM_PATH' } : { path: undefined, from: `CHROMIUM_PATH=${env} (file not found)` };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, from: "Playwright's own Chromium" };
  } catch {
    // not installed: fall through
  }
  const sys = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  return sys ? { path: sys, from: 'system' } : { path: undefined, from: 'none' };
}

export const hasBrowser = (): boolean => {
  const f = findChromium();
  return f.path !== undefined || f.from === "Playwright's own Chromium";
};

export const NO_BROWSER_HELP = `No Chromium found for the browser tests. Do one of:
  - npx playwright install chromium        (downloads Playwright's build)
  - apt-get install chromium               (Debian/Ubuntu, as root)
  - export CHROMIUM_PATH=/path/to/chromium (any Chromium or Chrome you have)`;
