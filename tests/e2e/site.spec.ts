import { expect, test } from '@playwright/test';
import { axe, sitemapPaths } from './helpers.ts';

test('every sitemap URL answers 200 with exactly one h1', async ({ request }) => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(20);
  for (const path of paths) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const html = await res.text();
    expect(html.match(/<h1[\s>]/g)?.length ?? 0, `${path} should have one h1`).toBe(1);
  }
});

test('an entry page shows causes, steps, FAQ and related links that resolve', async ({ page, request }) => {
  await page.goto('/errors/api-key-rejected/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/API key/i);
  const causes = page.locator('section.cause');
  expect(await causes.count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole('heading', { name: 'Steps', level: 2 })).toBeVisible();
  expect(await page.locator('ol.steps > li.step').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('heading', { name: 'FAQ', level: 2 })).toBeVisible();
  expect(await page.locator('.faq dt').count()).toBeGreaterThanOrEqual(2);
  const related = await page.locator('section[aria-labelledby="related"] a.card').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  expect(related.length).toBeGreaterThanOrEqual(2);
  for (const href of related) expect((await request.get(href)).status(), href).toBe(200);
  // FAQ is also structured data.
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(ld.some((t) => JSON.parse(t)['@type'] === 'FAQPage')).toBe(true);
});

test('every cause links to steps that exist on the page, and anchors land on them', async ({ page }) => {
  await page.goto('/errors/401/');
  const fixLinks = await page.locator('section.cause a[href^="#step-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of fixLinks) await expect(page.locator(href)).toHaveCount(1);
  await page.goto('/errors/api-key-rejected/');
  const firstCause = await page.locator('section.cause h3').first().getAttribute('id');
  await page.goto(`/errors/api-key-rejected/#${firstCause}`);
  await expect(page.locator(`#${firstCause}`)).toBeInViewport();
});

test('a status entry lists the problem entries that return its code', async ({ page }) => {
  await page.goto('/errors/401/');
  await expect(page.locator('dl.facts')).toContainText('Unauthorized');
  const links = page.locator('a.card[href="/errors/api-key-rejected/"], a.card[href="/errors/bearer-token-rejected/"]');
  expect(await links.count()).toBeGreaterThanOrEqual(1);
});

for (const path of ['/', '/errors/', '/errors/401/', '/errors/api-key-rejected/', '/tags/', '/diagnose/', '/search/', '/vendors/', '/404.html']) {
  test(`no axe violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await axe(page)).toEqual([]);
  });
}

test('keyboard users reach main content through the skip link', async ({ page }) => {
  await page.goto('/errors/401/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the theme toggle switches theme and the choice persists', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/errors/401/');
  const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await bg();
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await bg()).not.toBe(light);
  await page.goto('/errors/403/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
});

test('an entry page requests no script file on first view, and copy buttons work', async ({ page, context }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('/errors/api-key-rejected/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const first = page.locator('figure.cmd').first();
  const code = await first.locator('code').textContent();
  await first.getByRole('button').click();
  await expect(first.getByRole('button')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});

test('the 404 page answers unknown paths and offers search', async ({ page }) => {
  const res = await page.goto('/no/such/page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('pagefind-input input')).toHaveValue('no such page');
  await expect(page.locator('pagefind-results')).toBeVisible();
});
