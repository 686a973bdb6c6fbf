// The anonymous feedback collected on this computer, exported as CSV counts for reporting.
import { feedbackCsv } from '../../domain/feedbackCsv';
import { todayIn } from '../../domain/dates';
import { useT } from '../../i18n/useT';
import { useLiveQuery } from '../../storage/useLiveQuery';
import type { Feedback } from '../../storage/records';

/** Count of answers and the CSV download. */
export function FeedbackExport() {
  const { tp } = useT();
  const rows = useLiveQuery<Feedback[]>(async () => (await import('../../storage/feedback')).listFeedback(), [], []);
  const download = () => {
    const blob = new Blob([feedbackCsv(rows)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `jalons-avis-${todayIn(undefined)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  return (
    <section aria-labelledby="feedback-title">
      <h2 id="feedback-title">{tp('adviser.feedbackTitle')}</h2>
      <p>{tp('adviser.feedbackCount', { count: rows.length })}</p>
      {rows.length > 0 && (
        <button type="button" class="button button--quiet" onClick={download}>
          {tp('adviser.feedbackExport')}
        </button>
      )}
    </section>
  );
}
