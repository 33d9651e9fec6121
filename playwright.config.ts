// @ts-check
import { defineConfig, devices } from '@playwright/test';
import { findChromium, NO_BROWSER_HELP } from './scripts/browser.ts';

const browser = findChromium();
if (browser.path === undefined && browser.from !== "Playwright's own Chromium") throw new Error(NO_BROWSER_HELP);
const PORT = Number(process.env['E2E_PORT'] ?? 4391);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  // Shared, noisy machines: give first loads of search (module + Pagefind + wasm) room.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(browser.path ? { executablePath: browser.path } : {}),
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
