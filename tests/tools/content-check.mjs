// `npm run content:check`: validates all content for the people who maintain it and ends with
// exactly one line `N moments, N steps, N sources, N errors`. Exits non-zero on any error.
import { loadContentCheck } from './content-input.mjs';

const { input, validateContent } = await loadContentCheck();
const errors = validateContent(input);
for (const error of errors) console.log(`✗ ${error}`);
const steps = input.moments.flatMap((m) => m.steps);
const sources = new Set(steps.flatMap((s) => s.sources.map((src) => src.url)));
console.log(`${input.moments.length} moments, ${steps.length} steps, ${sources.size} sources, ${errors.length} errors`);
process.exit(errors.length > 0 ? 1 : 0);
