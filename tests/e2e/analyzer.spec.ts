import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { axe } from './helpers.ts';

const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

test('a pasted curl -v response is read locally: nothing leaves the page, secrets are redacted, the JWT is decoded', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  // Made at run time: an expired JWT and an API key, never real ones.
  const exp = Math.floor(Date.now() / 1000) - 3600;
  const jwt = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ iss: 'https://login.example.com/', aud: 'api://example', exp, iat: exp - 3600 })}.${randomBytes(64).toString('base64url')}`;
  const marker = `ZQX${randomBytes(8).toString('hex')}`;
  const paste = `> GET /v1/orders?trace=${marker} HTTP/2
> Host: api.example.com
> Authorization: Bearer ${jwt}
>
< HTTP/2 401
< www-authenticate: Bearer realm="example", error="invalid_token", error_description="The access token expired"
< content-type: application/json
<
{"error":"invalid_token","error_description":"The access token expired","trace":"${marker}"}`;

  const requests: { url: string; body: string }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));
  await page.goto('/analyze/');
  await page.waitForLoadState('networkidle');
  const before = requests.length;
  await page.getByLabel('Response or message').fill(paste);
  await page.getByRole('button', { name: 'Analyze' }).click();

  const recognized = page.locator('[data-recognized]');
  await expect(recognized).toContainText('Status 401');
  await expect(recognized).toContainText('invalid_token');
  await expect(recognized).toContainText(/JWT.*expired/);
  await expect(page.locator('[data-jwt]')).toContainText('EXPIRED');
  await expect(page.locator('[data-jwt]')).toContainText('https://login.example.com/');
  await expect(page.locator('[data-cause]').first()).toHaveAttribute('data-cause', /access-token-expired|jwt-expired/);
  const redacted = await page.locator('[data-redacted]').textContent();
  expect(redacted).not.toContain(jwt.split('.')[2]);
  expect(await page.locator('kb-analyzer [data-analyzer-out]').textContent()).not.toContain(jwt.split('.')[1]);
  const cont = page.getByRole('link', { name: 'Continue in the wizard' });
  await expect(cont).toHaveAttribute('href', /\/diagnose\/\?status=401&.*www-authenticate=invalid-token/);

  // Nothing left the site's origin, and nothing carried any part of the paste.
  await page.waitForTimeout(300);
  const during = requests.slice(before);
  for (const r of requests) expect(new URL(r.url).origin, r.url).toBe(origin);
  for (const r of during) {
    expect(r.url).not.toContain(marker);
    expect(r.body).not.toContain(marker);
  }
  expect(page.url()).not.toContain(marker);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(marker);
  expect(await axe(page)).toEqual([]);
});

test('HTML in a paste is shown as text, never rendered', async ({ page }) => {
  await page.goto('/analyze/');
  await page.getByLabel('Response or message').fill('HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html><body><h1 id="injected">Forbidden</h1><img src=x onerror="window.pwned=1"><script>window.pwned=1</script></body></html>');
  await page.getByRole('button', { name: 'Analyze' }).click();
  await expect(page.locator('[data-recognized]')).toContainText('Status 403');
  await expect(page.locator('#injected')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('an empty paste gets a clear message', async ({ page }) => {
  await page.goto('/analyze/');
  await page.getByRole('button', { name: 'Analyze' }).click();
  await expect(page.getByRole('alert')).toHaveText('Paste a response or an error message first.');
});
