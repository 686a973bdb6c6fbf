// `npm test`: type check, lint, unit and component tests (Vitest), production build, browser tests
// (Playwright in Chromium), with the content checker among the checks, then one plain closing line `N passed, N failed` summed over Vitest and
// Playwright (a failed type check, lint or build counts as one failure). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (label, command, args) => {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status === 0;
};
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

mkdirSync('reports', { recursive: true });
rmSync('reports/vitest.json', { force: true });
rmSync('reports/playwright.json', { force: true });
rmSync('reports/requests.jsonl', { force: true });

let passed = 0;
let failed = 0;
const checks = [
  ['type check', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['type check (service worker)', 'npx', ['tsc', '-p', 'src/sw/tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '--max-warnings=0', '.']],
  ['content check', 'node', ['tests/tools/content-check.mjs']],
];
for (const [label, command, args] of checks) if (!run(label, command, args)) failed += 1;

run('unit and component tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
]);
const vitest = readJson('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests + (vitest.numTotalTestSuites > 0 && vitest.numTotalTests === 0 ? 1 : 0);
} else failed += 1;

if (run('production build', 'npx', ['vite', 'build'])) {
  run('browser tests', 'npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts']);
  const playwright = readJson('reports/playwright.json');
  if (playwright) {
    passed += playwright.stats.expected + playwright.stats.flaky;
    failed += playwright.stats.unexpected + (playwright.errors?.length ?? 0);
  } else failed += 1;
} else failed += 1;

if (existsSync('reports/requests.jsonl')) {
  const lines = readFileSync('reports/requests.jsonl', 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  const sum = (k) => lines.reduce((n, l) => n + l[k], 0);
  console.log(`Requests seen by the browser tests: ${sum('checked')}, to other origins: ${sum('foreign')}.`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
