// Lighthouse runs of one page for scripts/lighthouse.sh, which copies this file next to its npm install of
// lighthouse (so the imports resolve there) and passes: name, URL, output directory, a directory for fresh Chromium
// profiles, the number of runs, and optionally a session cookie "NAME=value". Each run has a browser and profile of
// its own (cold cache); the run with the median performance score is reported and its report written, as
// Lighthouse's documentation advises against its run-to-run variance. The cookie goes into the browser's own
// cookie store: Chromium does not send a Cookie header given through Lighthouse's --extra-headers, so the
// signed-in page would measure the sign-in redirect instead.
import fs from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const [name, url, outDir, profiles, runs, cookie] = process.argv.slice(2);

async function measure(run) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH,
    headless: false, // the flags below choose the headless mode, as the issue prescribes
    userDataDir: path.join(profiles, `${name}-${run}`),
    defaultViewport: null,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    if (cookie) {
      const [cookieName, ...value] = cookie.split('=');
      await browser.setCookie({name: cookieName, value: value.join('='), domain: new URL(url).hostname, path: '/',
        httpOnly: true});
    }
    // Lighthouse's defaults: mobile form factor, simulated slow 4G and 4x CPU slowdown, storage and cache cleared.
    return await lighthouse(url, {
      output: ['json', 'html'], onlyCategories: ['performance', 'accessibility'], logLevel: 'error',
    }, undefined, page);
  } finally {
    await browser.close();
  }
}

const results = [];
for (let run = 1; run <= Number(runs); run++) {
  results.push(await measure(run));
}
results.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
const result = results[Math.floor(results.length / 2)];
fs.writeFileSync(path.join(outDir, `${name}.report.json`), result.report[0]);
fs.writeFileSync(path.join(outDir, `${name}.report.html`), result.report[1]);

const {audits: a, categories: c} = result.lhr;
if (result.lhr.finalDisplayedUrl !== url) {
  console.log(`${name}: ended at ${result.lhr.finalDisplayedUrl}, not ${url}`);
  process.exitCode = 1;
}
const seconds = (id) => `${(a[id].numericValue / 1000).toFixed(1)} s`;
const scores = results.map((r) => Math.round(r.lhr.categories.performance.score * 100)).join('/');
console.log(`${name.padEnd(7)} performance ${Math.round(c.performance.score * 100)} (runs: ${scores}), `
  + `accessibility ${Math.round(c.accessibility.score * 100)}; FCP ${seconds('first-contentful-paint')}, `
  + `LCP ${seconds('largest-contentful-paint')}, TBT ${Math.round(a['total-blocking-time'].numericValue)} ms, `
  + `CLS ${a['cumulative-layout-shift'].numericValue.toFixed(3)}, `
  + `${Math.round(a['total-byte-weight'].numericValue / 1024)} KiB transferred in `
  + `${a['network-requests'].details.items.length} requests`);
for (const ref of c.accessibility.auditRefs) {
  const audit = a[ref.id];
  if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
    const nodes = (audit.details?.items ?? []).map((item) => item.node?.selector).filter(Boolean);
    console.log(`        accessibility: ${audit.id}: ${audit.title}${nodes.length ? ` (${nodes.join(', ')})` : ''}`);
  }
}
