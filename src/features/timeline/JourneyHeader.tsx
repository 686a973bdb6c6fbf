// Top of the timeline: the moment, its marked start and end, the journey's progress, and the
// accompanied-version notice when it applies.
import { journeyBounds } from '../../domain/progress';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/useJourney';

interface Props {
  view: JourneyView;
  progress: { finished: number; total: number; percent: number };
}

/** Heading block of a journey. */
export function JourneyHeader({ view, progress }: Props) {
  const { t, tc, lang } = useT();
  const { moment } = view;
  const { start, end } = journeyBounds(view.steps);
  return (
    <header class="journey-header">
      <p class="eyebrow">{t('timeline.eyebrow')}</p>
      <h1>{tc(moment.id, 'title')}</h1>
      <dl class="journey-bounds">
        <div>
          <dt>{t('timeline.start')}</dt>
          <dd>
            {tc(moment.id, 'start')}
            {start && ` (${formatDate(start, lang)})`}
          </dd>
        </div>
        <div>
          <dt>{t('timeline.end')}</dt>
          <dd>
            {tc(moment.id, 'end')}
            {end && ` (${formatDate(end, lang)})`}
          </dd>
        </div>
      </dl>
      <p class="progress-text" id="journey-progress">
        {t('timeline.progress', { count: progress.finished, total: progress.total })}
      </p>
      <progress max={progress.total} value={progress.finished} aria-labelledby="journey-progress" />
      {view.accompanied && (
        <aside class="callout" aria-label={t('timeline.accompaniedTitle')}>
          <p>
            <strong>{t('timeline.accompaniedTitle')}</strong> {tc(moment.id, 'attentionne')}
          </p>
        </aside>
      )}
    </header>
  );
}
