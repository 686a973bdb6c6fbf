// How many generated cases each property-based test tries: 10,000 in CI, more with `npm run fuzz`.
export const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 10_000);
