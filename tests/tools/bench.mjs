// `npm run bench`: a report, not a test. Builds Jalons, measures gzip sizes (what index.html loads
// first, and everything), runs Lighthouse 12 (mobile, default throttling) several times against the
// production build (served gzipped, as a static host would) in headless Chromium and writes medians to reports/bench.md and reports/bench.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { serveDist } from './static-server.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const port = 4320;
const url = `http://127.0.0.1:${port}/`;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// What the first screen needs: the files index.html loads, plus the boot chunk the entry imports
// right after the first paint, with everything they import statically (from Vite's manifest).
function initialFiles() {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
  const html = readFileSync('dist/index.html', 'utf8');
  const files = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(`${key}#seen`)) return;
    files.add(`${key}#seen`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit('main.tsx');
  visit('boot.tsx');
  return [...files].filter((f) => !f.endsWith('#seen'));
}

function sizes() {
  const initial = initialFiles();
  const all = readdirSync('dist/assets')
    .filter((f) => /\.(js|css)$/.test(f) && !f.startsWith('prerender-'))
    .map((f) => `assets/${f}`);
  const sum = (files) => files.reduce((total, f) => total + gz(join('dist', f)), 0);
  // index.html carries the inlined stylesheet and the prerendered shell.
  const htmlGzip = gz('dist/index.html');
  return {
    initialFiles: ['index.html', ...initial],
    initialGzipKiB: kib(sum(initial) + htmlGzip),
    allGzipKiB: kib(sum(all) + htmlGzip),
    allFiles: all.length + 1,
  };
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const text = await (await fetch(url)).text();
      if (!text.includes('<title>Jalons')) throw new Error(`Port ${port} serves something else than Jalons`);
      return;
    } catch (error) {
      if (String(error).includes('something else')) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('Preview server did not start');
}

async function lighthouseRuns() {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
        tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
        fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
      });
      console.log(`Lighthouse run ${i + 1}/${runs}:`, results.at(-1));
    } finally {
      await chrome.kill();
    }
  }
  const keys = Object.keys(results[0]);
  return { runs: results, median: Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r[k]))])) };
}

// Storage timings measured through the app's own storage module, in Chromium's real IndexedDB:
// creating a journey, 100 ticks one after another (each its own transaction, as on screen), and
// reading everything back. Medians over `runs` fresh browsers.
async function storageTimings() {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
  const module = `/${manifest['storage/journeys.ts'].file}`;
  const results = [];
  for (let i = 0; i < runs; i++) {
    const browser = await chromium.launch({ executablePath: chromePath });
    const page = await browser.newPage();
    await page.goto(url);
    results.push(
      await page.evaluate(async (path) => {
        const storage = await import(path);
        const t0 = performance.now();
        const id = await storage.createJourney('child', { situation: 'pregnant', dueDate: '2027-05-01' });
        const t1 = performance.now();
        for (let n = 0; n < 100; n++) await storage.setTick(id, `step${n % 20}`, `action:a${n}`, true);
        const t2 = performance.now();
        await storage.listJourneys();
        const progress = await storage.progressOf(id);
        const t3 = performance.now();
        return { createMs: t1 - t0, tickMs: (t2 - t1) / 100, readAllMs: t3 - t2, steps: Object.keys(progress).length };
      }, module),
    );
    await browser.close();
  }
  const keys = ['createMs', 'tickMs', 'readAllMs'];
  return Object.fromEntries(keys.map((k) => [k, Math.round(median(results.map((r) => r[k])) * 100) / 100]));
}

if (spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const size = sizes();
const server = await serveDist(port);
try {
  await waitForServer();
  const lh = await lighthouseRuns();
  const storage = await storageTimings();
  const report = { date: new Date().toISOString(), node: process.version, sizes: size, lighthouse: lh, storage };
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench.json', JSON.stringify(report, null, 2));
  const m = lh.median;
  const md = [
    `# Jalons bench — ${report.date}`,
    '',
    '## Sizes (gzip -9)',
    `- Initial JS+CSS (index.html with its inlined CSS, and the JS the first screen loads): **${size.initialGzipKiB} KiB** (${size.initialFiles.join(', ')})`,
    `- All JS+CSS (${size.allFiles} files, every language and content chunk): **${size.allGzipKiB} KiB**`,
    '',
    `## Lighthouse 12, mobile, median of ${runs} runs`,
    '| performance | accessibility | best practices | SEO | LCP | TBT | FCP |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| ${m.performance} | ${m.accessibility} | ${m.bestPractices} | ${m.seo} | ${m.lcpMs} ms | ${m.tbtMs} ms | ${m.fcpMs} ms |`,
    '',
    `## Storage (Chromium IndexedDB, through src/storage, median of ${runs} runs)`,
    `- Create a journey: ${storage.createMs} ms; one tick (own transaction): ${storage.tickMs} ms; read all journeys and 20 steps' progress: ${storage.readAllMs} ms`,
    '',
  ].join('\n');
  writeFileSync('reports/bench.md', md);
  console.log(`\n${md}`);
} finally {
  server.close();
}
