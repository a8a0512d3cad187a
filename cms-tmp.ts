import { launchBrowser } from './test/support/browser.ts';
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const external: string[] = [];
page.on('request', (r) => { if (!r.url().startsWith('http://localhost:4321')) external.push(r.url()); });
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text().slice(0, 300)); });
page.on('pageerror', (e) => console.log('pageerror:', e.message.slice(0, 300)));
await page.goto('http://localhost:4321/admin/');
await page.waitForTimeout(6000);
await page.screenshot({ path: 'test/.tmp/screenshots/admin-1.png' });
console.log('url', page.url());
const btn = await page.$('text=Login');
if (btn) { await btn.click(); await page.waitForTimeout(4000); }
await page.screenshot({ path: 'test/.tmp/screenshots/admin-2.png' });
await page.goto('http://localhost:4321/admin/#/collections/glossary/entries/apprenticeship');
await page.waitForTimeout(6000);
await page.screenshot({ path: 'test/.tmp/screenshots/admin-3.png' });
console.log('external', external.slice(0, 10));
await browser.close();
