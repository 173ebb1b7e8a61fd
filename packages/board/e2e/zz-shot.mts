// Dev helper (not committed): build, start the real server, screenshot the editor.
import { buildBoard, launchBrowser, signedInPage, startServer } from './harness.ts';
const path = process.argv[2] ?? '/admin/workflows/return';
const out = process.argv[3] ?? '/tmp/shot.png';
if (!process.env.NOBUILD) await buildBoard();
const server = await startServer({ demo: true });
const browser = await launchBrowser();
try {
  const { page } = await signedInPage(browser, server.baseUrl, undefined, path);
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.waitForTimeout(2500);
  if (process.env.CLICK)
    for (const name of process.env.CLICK.split('|')) {
      await page
        .getByRole(name.startsWith('tab:') ? 'tab' : 'button', { name: name.replace(/^tab:/, '') })
        .first()
        .click();
      await page.waitForTimeout(500);
    }
  if (process.env.SCROLL)
    await page
      .locator('.admin-editor__panel')
      .evaluate((el, y) => (el.scrollTop = y), Number(process.env.SCROLL));
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
} finally {
  await browser.close();
  await server.stop();
}
