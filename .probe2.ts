import { chromium } from 'playwright-core';
import { servePages } from './tests/e2e/pages';
const server = await servePages();
const ctx = await chromium.launchPersistentContext('', { executablePath: '/usr/bin/chromium', headless: true, args: ['--disable-extensions-except=/work/main/.output/chrome-mv3-bench', '--load-extension=/work/main/.output/chrome-mv3-bench'] });
for (let r = 0; r < 3; r++) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.url('/seed.html'));
  await page.waitForFunction(() => performance.getEntriesByName('tifa:scanned').length > 0);
  const { profile } = await cdp.send('Profiler.stop') as any;
  if (r < 2) { await page.close(); continue; }
  const self = new Map<string, number>();
  const dt = profile.timeDeltas; const idToNode = new Map(profile.nodes.map((n: any) => [n.id, n]));
  profile.samples.forEach((id: number, i: number) => { const n: any = idToNode.get(id); const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000); });
  console.log([...self].filter(([k]) => k.includes('content.js') || k.startsWith('(garbage') || k.startsWith('(program')).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(2)}ms ${k}`).join('\n'));
}
await ctx.close(); await server.close();
