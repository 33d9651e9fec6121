import { expect, test } from '@playwright/test';
import { axe } from './helpers.ts';

test('typing a vendor message in the header search lands on the right entry', async ({ page }) => {
  await page.goto('/errors/401/');
  await page.getByRole('searchbox', { name: 'Search errors and messages' }).fill('SignatureDoesNotMatch');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('pagefind-input input')).toHaveValue('SignatureDoesNotMatch');
  const first = dialog.locator('.pf-result-link').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/\/errors\/request-signature-mismatch\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/signature/i);
});

test('a ?q= URL can be reloaded and shared, and typing updates it', async ({ page }) => {
  await page.goto('/search/?q=invalid_token');
  const input = page.locator('kb-search-page pagefind-input input');
  await expect(input).toHaveValue('invalid_token');
  await expect(page.locator('.pf-result').first()).toBeVisible();
  await input.fill('insufficient_scope');
  await expect(page).toHaveURL(/\?q=insufficient_scope$/);
  await page.reload();
  await expect(input).toHaveValue('insufficient_scope');
  await expect(page.locator('.pf-result-link').first()).toHaveAttribute('href', /insufficient-scope|403|bearer/);
});

test('an exact status code query offers that code\'s page first', async ({ page }) => {
  await page.goto('/search/?q=407');
  const go = page.getByRole('link', { name: 'Go to 407 Proxy Authentication Required' });
  await expect(go).toBeVisible();
  await expect(go).toHaveAttribute('href', '/errors/407/');
});

test('an entry page loads nothing of search until the user reaches for it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/errors/api-key-rejected/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/') || p === '/kb-search.js')).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search errors and messages' }).focus();
  await expect.poll(() => requested.includes('/kb-search.js')).toBe(true);
});

test('the search dialog is labelled, traps focus, closes on Escape and returns focus', async ({ page }) => {
  await page.goto('/errors/403/');
  const box = page.getByRole('searchbox', { name: 'Search errors and messages' });
  await box.fill('csrf');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.pf-result').first()).toBeVisible();
  await expect(dialog.locator('[aria-live="polite"]')).toContainText(/result/i);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  expect(await axe(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(box).toBeFocused();
});

test('an exact or pasted vendor message shows its cause above the results', async ({ page }) => {
  await page.goto('/search/?q=Bad%20credentials');
  const exact = page.locator('kb-search-page [data-exact]');
  await expect(exact).toContainText('Exact message match');
  await expect(exact.locator('a').first()).toHaveAttribute('href', /\/errors\/api-key-rejected\/#/);
  // A whole pasted message that contains a known one still finds it.
  await page.goto(`/search/?q=${encodeURIComponent('Error: 403 {"success":false,"errors":[{"code":10000,"message":"Authentication error"}]}')}`);
  await expect(exact.locator('a').first()).toHaveAttribute('href', /\/errors\/api-key-rejected\/#key-mangled/);
});
