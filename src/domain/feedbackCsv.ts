// Counts of end-of-session answers as CSV, for the structure's reporting: no personal data, only
// day, moment, language and the two answers.

/** One recorded answer. */
export interface FeedbackRow {
  date: string;
  momentId: string;
  lang: string;
  satisfaction: string;
  simple: string;
}

const header = ['date', 'moment', 'langue', 'satisfaction', 'simple', 'nombre'];
// Quotes a field when it holds a separator, a quote or a line break (RFC 4180).
const field = (value: string) => (/[;",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The CSV (semicolon-separated, as French spreadsheets expect), one line per distinct answer, counted. */
export function feedbackCsv(rows: readonly FeedbackRow[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = JSON.stringify([r.date, r.momentId, r.lang, r.satisfaction, r.simple]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lines = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => [...(JSON.parse(key) as string[]), String(n)].map(field).join(';'));
  return [header.join(';'), ...lines].join('\r\n') + '\r\n';
}
