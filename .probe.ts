import { chromium } from 'playwright-core';
import { servePages } from './tests/e2e/pages';
const server = await servePages();
const ctx = await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true, args: ['--disable-extensions-except=/work/main/.output/chrome-mv3-bench', '--load-extension=/work/main/.output/chrome-mv3-bench'] });
for (let r = 0; r < 5; r++) {
const page = await ctx.newPage();
await page.goto(server.url('/seed.html'));
await page.waitForFunction(() => performance.getEntriesByName('tifa:scanned').length > 0);
console.log(await page.evaluate(() => performance.getEntriesByType('mark').filter(m => /tifa|x:/.test(m.name)).map(m => `${m.name} ${m.startTime.toFixed(1)}`).join('  ')));
await page.close();
}
await ctx.close(); await server.close();
