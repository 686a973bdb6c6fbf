// The test fixture every browser test uses: it fails a test on any request to another origin
// (Jalons must never send anything anywhere) and on any Content-Security-Policy violation.
import { test as base, expect } from '@playwright/test';

/** Counts over the whole run, for the report (printed by the last worker to finish). */
export const requestStats = { checked: 0, foreign: 0 };

export const test = base.extend<{ allowedOrigins: string[] }>({
  /** Origins a test may reach on purpose (the quick exit's neutral page). */
  allowedOrigins: [[], { option: true }],
  context: async ({ context, baseURL, allowedOrigins }, use) => {
    const foreign: string[] = [];
    const violations: string[] = [];
    const own = new URL(baseURL!).origin;
    context.on('request', (request) => {
      const url = request.url();
      requestStats.checked++;
      if (/^(data|blob):/.test(url) || url.startsWith(own) || allowedOrigins.some((o) => url.startsWith(o))) return;
      requestStats.foreign++;
      foreign.push(url);
    });
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await use(context);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };
