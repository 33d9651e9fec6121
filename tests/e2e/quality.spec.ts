// Gates: axe over every sitemap URL, no CSP violation or console error on any page type, and a
// keyboard-only walkthrough of the main journeys.
import { expect, test, type Page } from '@playwright/test';
import { axe, sitemapPaths } from './helpers.ts';

const paths = sitemapPaths();
const CHUNK = 25;
for (let i = 0; i < paths.length; i += CHUNK) {
  const chunk = paths.slice(i, i + CHUNK);
  test(`axe: sitemap URLs ${i + 1}–${i + chunk.length} of ${paths.length}`, async ({ page }) => {
    test.setTimeout(180_000);
    const failures: string[] = [];
    for (const path of chunk) {
      await page.goto(path);
      for (const v of await axe(page)) failures.push(`${path}: ${v}`);
    }
    expect(failures).toEqual([]);
  });
}

function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

const PAGE_TYPES = ['/', '/errors/', '/errors/401/', '/errors/499/', '/errors/api-key-rejected/', '/tags/', '/tags/authentication/', '/vendors/', '/vendors/github/', '/for-api-developers/', '/diagnose/?status=401', '/diagnose/?cause=jwt-rejected/jwt-expired', '/search/?q=invalid_token', '/errors/api-key-rejected/key-expired/', '/no-such-page/'];

test('no CSP violation or console error on any page type', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = watch(page);
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const path of PAGE_TYPES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Interactive paths load more code: the wizard's steps, the search dialog and its results.
  await page.goto('/diagnose/?cause=api-key-rejected/key-expired');
  await page.getByRole('button', { name: 'Show the fix' }).click();
  await expect(page.locator('.wizard-steps li.step').first()).toBeVisible();
  await page.goto('/errors/403/');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeVisible();
  await page.keyboard.type('SignatureDoesNotMatch');
  await expect(page.locator('.kb-search-dialog .pf-result').first()).toBeVisible();
  expect([...problems, ...violations].filter((p) => !p.includes('404 (Not Found)'))).toEqual([]);
});

test('keyboard only: search from the header, then open a result', async ({ page }) => {
  await page.goto('/errors/401/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('Bad credentials');
  await expect(dialog.locator('.pf-result').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  const focusedInDialog = await page.evaluate(() => !!document.activeElement?.closest('dialog'));
  expect(focusedInDialog).toBe(true);
});

test('keyboard only: from an entry page to a diagnosis', async ({ page }) => {
  await page.goto('/errors/api-key-rejected/');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Enter');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === 'Diagnose this') break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/diagnose\/\?status=401/);
  for (let i = 0; i < 12; i++) {
    if (await page.locator('[data-wizard-results]').isVisible()) break;
    await page.locator('[data-question] button[data-answer]').first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#wizard-q, #wizard-results')).toBeFocused();
  }
  await expect(page.locator('[data-wizard-results]')).toBeVisible();
});

test('dark theme: no axe violations on the main page types, search results and the wizard', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const path of ['/', '/errors/401/', '/errors/api-key-rejected/', '/diagnose/?status=401', '/analyze/', '/vendors/github/', '/for-api-developers/']) {
    await page.goto(path);
    expect(await axe(page), path).toEqual([]);
  }
  await page.goto('/search/?q=invalid_token');
  await expect(page.locator('.pf-result').first()).toBeVisible();
  expect(await axe(page), '/search/?q=invalid_token').toEqual([]);
  await page.goto('/analyze/');
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(page.locator('[data-recognized]')).toBeVisible();
  expect(await axe(page), '/analyze/ with results').toEqual([]);
});

test('usable at 320 px: no horizontal scrolling on any page type', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of ['/', '/errors/', '/errors/401/', '/errors/api-key-rejected/', '/errors/499/', '/diagnose/?status=401', '/analyze/', '/search/?q=401', '/vendors/aws/', '/for-api-developers/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test('no layout shift while an entry page loads', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/errors/api-key-rejected/');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.01);
});
