// Records the URLs the last build published into published-urls.lock (keeping every URL the lock
// already had). Usage: npm run build && npm run urls:lock
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lockFile, parseLock } from '../src/lib/url-lock.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const listPath = `${root}dist/published-urls.txt`;
if (!existsSync(listPath)) {
  console.error('✗ dist/published-urls.txt is missing: run `npm run build` first');
  process.exit(1);
}
const published = parseLock(readFileSync(listPath, 'utf8'));
const lockPath = `${root}published-urls.lock`;
const old = existsSync(lockPath) ? parseLock(readFileSync(lockPath, 'utf8')) : [];
const all = [...new Set([...old, ...published])];
writeFileSync(lockPath, lockFile(all));
console.log(`✓ published-urls.lock: ${all.length} URLs (${all.length - old.length} added)`);
