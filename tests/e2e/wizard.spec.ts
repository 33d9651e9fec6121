import { expect, test, type Page } from '@playwright/test';
import { axe } from './helpers.ts';

/** Answers the wizard like a person would: from `answers` where they know, "Not sure" otherwise. */
async function answerUntilDone(page: Page, answers: Record<string, string>, maxSteps = 15) {
  for (let i = 0; i < maxSteps; i++) {
    const results = page.locator('[data-wizard-results]');
    const question = page.locator('[data-question]');
    await expect(results.or(question)).toBeVisible();
    if (await results.isVisible()) return;
    const id = (await question.getAttribute('data-question'))!;
    await question.locator(`button[data-answer="${answers[id] ?? 'not-sure'}"]`).click();
  }
  throw new Error('the wizard did not finish');
}

const topCauses = (page: Page) => page.locator('.wizard-result').evaluateAll((els) => els.map((e) => e.getAttribute('data-cause')));

const scenarios: { name: string; status: string; answers: Record<string, string>; expected: string[] }[] = [
  { name: 'API key never sent', status: '401', answers: { 'credential-sent': 'no', 'credential-type': 'api-key', 'works-in-curl': 'no', 'worked-before': 'no' }, expected: ['api-key-rejected/key-missing'] },
  { name: 'expired access token', status: '401', answers: { 'credential-sent': 'yes', 'credential-type': 'bearer-token', 'worked-before': 'yes', 'www-authenticate': 'invalid-token', 'error-says': 'expired', 'recent-change': 'no' }, expected: ['bearer-token-rejected/access-token-expired', 'jwt-rejected/jwt-expired'] },
  { name: 'CORS preflight refused', status: '401', answers: { preflight: 'yes', 'where-from': 'browser-script', 'works-in-curl': 'yes', 'credential-sent': 'no' }, expected: ['cors-preflight-rejected/auth-required-on-preflight', 'cors-preflight-rejected/allow-headers-missing'] },
  { name: 'proxy wants its own login', status: '407', answers: { 'network-path': 'proxy', 'credential-sent': 'no' }, expected: ['proxy-authentication-required/proxy-needs-credentials'] },
  { name: 'Laravel form after a long pause', status: '419', answers: { 'where-from': 'browser-form', 'error-says': 'session', 'worked-before': 'yes' }, expected: ['csrf-token-invalid/session-ended-before-submit', 'csrf-token-invalid/token-missing', 'session-expired/session-timed-out'] },
];

for (const s of scenarios) {
  test(`wizard scenario: ${s.name}`, async ({ page }) => {
    await page.goto('/diagnose/');
    await page.locator(`[data-wizard-app] button[data-answer="${s.status}"]`).first().click().catch(async () => {
      await page.getByText('Other codes').click();
      await page.locator(`button[data-answer="${s.status}"]`).click();
    });
    await answerUntilDone(page, s.answers);
    const top = await topCauses(page);
    expect(top.length).toBeGreaterThan(0);
    expect(s.expected.some((e) => top.includes(e)), `top causes ${top.join(', ')}`).toBe(true);
    await expect(page.locator('.wizard-result').first()).toContainText('% likely');
  });
}

test('back, forward and reload keep the state in the URL', async ({ page }) => {
  await page.goto('/diagnose/?status=401');
  const q1 = await page.locator('[data-question]').getAttribute('data-question');
  await page.locator('[data-question] button[data-answer]').first().click();
  await expect(page).toHaveURL(new RegExp(`status=401&${q1}=`));
  const q2 = await page.locator('[data-question]').getAttribute('data-question');
  expect(q2).not.toBe(q1);
  await page.goBack();
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', q1!);
  await page.goForward();
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', q2!);
  const shared = page.url();
  await page.goto('about:blank');
  await page.goto(shared);
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', q2!);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', q1!);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('heading', { name: 'Which status code did you get?' })).toBeFocused();
});

test('keyboard only: focus moves to each question and answers work with Enter', async ({ page }) => {
  await page.goto('/diagnose/?status=403');
  const heading = page.locator('[data-question] h2');
  await page.locator('[data-question] button[data-answer]').first().focus();
  const before = await heading.textContent();
  await page.keyboard.press('Enter');
  await expect(page.locator('#wizard-q')).toBeFocused();
  expect(await heading.textContent()).not.toBe(before);
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-question] .wizard-help a, [data-question] button[data-answer]').first()).toBeFocused();
});

test('unknown parameters and bad values are ignored with a visible note; tracking is silent', async ({ page }) => {
  await page.goto('/diagnose/?status=999&utm_source=mail&credential-sent=perhaps&color=blue');
  const notes = page.locator('[data-wizard-notes]');
  await expect(notes).toContainText('Ignored status="999"');
  await expect(notes).toContainText('Ignored credential-sent="perhaps"');
  await expect(notes).toContainText('Ignored unknown parameter "color"');
  await expect(notes).not.toContainText('utm_source');
  await expect(page.getByRole('heading', { name: 'Which status code did you get?' })).toBeVisible();
});

test('a known cause opens directly, loads its fix steps on demand and copies a summary', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/diagnose/?cause=api-key-rejected/key-expired');
  await expect(page.locator('.wizard-result')).toHaveAttribute('data-cause', 'api-key-rejected/key-expired');
  await page.getByRole('button', { name: 'Show the fix' }).click();
  await expect(page.locator('.wizard-steps li.step').first()).toBeVisible();
  await page.getByRole('button', { name: 'Copy a summary (Markdown)' }).click();
  await expect(page.getByText('Summary copied.')).toBeVisible();
  const md = await page.evaluate(() => navigator.clipboard.readText());
  expect(md).toContain('/errors/api-key-rejected/#key-expired');
});

test('entry pages link into the wizard pre-filled with their code', async ({ page }) => {
  await page.goto('/errors/403/');
  await page.getByRole('link', { name: 'Diagnose this' }).click();
  await expect(page).toHaveURL(/\/diagnose\/\?status=403$/);
  await expect(page.locator('[data-question]')).toBeVisible();
});

test('the wizard has no axe violations in its states', async ({ page }) => {
  for (const url of ['/diagnose/', '/diagnose/?status=401', '/diagnose/?status=401&credential-sent=no&credential-type=api-key&worked-before=no&works-in-curl=no', '/diagnose/?cause=jwt-rejected/jwt-expired', '/diagnose/?status=abc']) {
    await page.goto(url);
    await expect(page.locator('[data-wizard-app] h2').first()).toBeVisible();
    expect(await axe(page), url).toEqual([]);
  }
});

test('without JavaScript /diagnose/ lists causes by code with links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/diagnose/');
  await expect(page.getByRole('heading', { name: 'Causes by status code' })).toBeVisible();
  const link = page.locator('[data-wizard-static] a[href="/errors/api-key-rejected/#key-expired"]');
  await expect(link).toHaveCount(1);
  await context.close();
});
