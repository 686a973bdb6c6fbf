// The end of a journey: when every step is finished or its end date has passed, say so, sum up,
// and point to what comes next (ordinary services take over once the situation is stable).
import { isJourneyOver, progressOf } from '../../domain/progress';
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/buildView';

/** End-of-journey summary, or nothing while the journey goes on. */
export function JourneyEnd({ view }: { view: JourneyView }) {
  const { t, tc } = useT();
  const { journey, moment } = view;
  if (!isJourneyOver(view.steps, view.today) && journey.status !== 'done') return null;
  const { finished, total } = progressOf(view.steps);
  const left = view.steps.filter((s) => s.status !== 'done' && s.status !== 'notConcerned');
  return (
    <section class="next-step next-step--done" aria-labelledby="end-title">
      <h2 id="end-title">{t('timeline.endTitle')}</h2>
      <p>{t('timeline.endSummary', { finished, total })}</p>
      {left.length > 0 && (
        <>
          <p>{t('timeline.endLeft')}</p>
          <ul>
            {left.map((s) => (
              <li key={s.step.id}>
                <a href={`/parcours/${journey.id}/etapes/${s.step.id}`}>{tc(moment.id, `steps.${s.step.id}.title`)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>{t('timeline.after')}</strong> {tc(moment.id, 'next')}
      </p>
      {journey.status !== 'done' && (
        <button
          type="button"
          class="button"
          onClick={async () => (await import('../../storage/journeys')).setStatus(journey.id, 'done')}
        >
          {t('dashboard.finish')}
        </button>
      )}
    </section>
  );
}
