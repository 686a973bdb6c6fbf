// The anonymous feedback collected on this computer, exported as CSV counts for reporting.
import { feedbackCsv } from '../../domain/feedbackCsv';
import { todayIn } from '../../domain/dates';
import { useT } from '../../i18n/useT';
import { useLiveQuery } from '../../storage/useLiveQuery';
import type { Feedback } from '../../storage/records';
import { downloadFile } from '../../shell/download';

/** Count of answers and the CSV download. */
export function FeedbackExport() {
  const { tp } = useT();
  const rows = useLiveQuery<Feedback[]>(async () => (await import('../../storage/feedback')).listFeedback(), [], []);
  const download = () => {
    downloadFile(`jalons-avis-${todayIn(undefined)}.csv`, feedbackCsv(rows), 'text/csv;charset=utf-8');
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
