// Opens a teikit HTML page in headless Chromium and follows every footnote link to its note and
// back. Prints one JSON object: how many links, which failed and why. Saves a screenshot.
// Usage: node note-links.mjs PAGE.html SCREENSHOT.png
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const [page, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const result = { links: 0, failures: [] };
try {
  const tab = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await tab.goto(pathToFileURL(path.resolve(page)).href);
  const refs = await tab.$$eval('a.noteref', (as) => as.map((a) => ({ id: a.id, href: a.getAttribute('href') })));
  result.links = refs.length;
  const visible = (id) => tab.evaluate((target) => {
    const el = document.getElementById(target);
    if (!el) return 'missing';
    const box = el.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight ? 'visible' : 'off screen at ' + Math.round(box.top);
  }, id);
  for (const ref of refs) {
    await tab.click(`a.noteref[id="${ref.id}"]`);
    const noteId = ref.href.slice(1);
    const there = await visible(noteId);
    const hash = await tab.evaluate(() => location.hash);
    if (hash !== ref.href || there !== 'visible') {
      result.failures.push(`${ref.id} → ${ref.href}: hash ${hash}, note ${there}`);
      continue;
    }
    const back = await tab.$(`[id="${noteId}"] a.backref`);
    if (!back) {
      result.failures.push(`${noteId}: no back link`);
      continue;
    }
    await back.click();
    const backHash = await tab.evaluate(() => location.hash);
    const marker = await visible(ref.id);
    if (backHash !== '#' + ref.id || marker !== 'visible') {
      result.failures.push(`${noteId} → back: hash ${backHash}, marker ${marker}`);
    }
  }
  await tab.evaluate(() => window.scrollTo(0, 0));
  await tab.screenshot({ path: screenshot, fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
