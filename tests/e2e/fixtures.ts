// The test fixture every browser test uses: it fails a test on any request to another origin
// (Jalons must never send anything anywhere) and on any Content-Security-Policy violation.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';

// Each test appends its counts here; `npm test` sums them into its report.
const statsFile = join(import.meta.dirname, '../../reports/requests.jsonl');

export const test = base.extend<{ allowedOrigins: string[] }>({
  /** Origins a test may reach on purpose (the quick exit's neutral page). */
  allowedOrigins: [[], { option: true }],
  context: async ({ context, baseURL, allowedOrigins }, use) => {
    const foreign: string[] = [];
    const violations: string[] = [];
    let checked = 0;
    const own = new URL(baseURL!).origin;
    context.on('request', (request) => {
      const url = request.url();
      checked++;
      if (/^(data|blob):/.test(url) || url.startsWith(own) || allowedOrigins.some((o) => url.startsWith(o))) return;
      foreign.push(url);
    });
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await use(context);
    mkdirSync(join(statsFile, '..'), { recursive: true });
    appendFileSync(statsFile, `${JSON.stringify({ checked, foreign: foreign.length })}\n`);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };
