// The timeline itself: phases in order, each an ordered list of steps, with the "today" marker
// placed before the first step that starts or ends after today.
import { daysBetween } from '../../domain/dates';
import type { ScheduledStep } from '../../domain/schedule';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/useJourney';
import { dateText } from './dateText';
import { StatusBadge } from './StatusBadge';

const keyDate = (s: ScheduledStep) => s.from ?? s.to;

/** Steps grouped by phase. */
export function PhaseList({ view, currentId }: { view: JourneyView; currentId: string | undefined }) {
  const { t, tc, lang } = useT();
  const { moment, today, journey } = view;
  const marker = view.steps.find((s) => {
    const date = keyDate(s);
    return date !== undefined && daysBetween(today, date) > 0;
  })?.step.id;

  return (
    <ol class="timeline">
      {moment.phases.map((phase) => {
        const steps = view.steps.filter((s) => s.step.phase === phase);
        if (steps.length === 0) return null;
        return (
          <li key={phase} class="phase">
            <h3 class="phase__title">{tc(moment.id, `phases.${phase}.title`)}</h3>
            <ol class="steps">
              {steps.map((s) => (
                <li
                  key={s.step.id}
                  class={`step step--${s.status}${s.step.id === currentId ? ' step--current' : ''}`}
                  aria-current={s.step.id === currentId ? 'step' : undefined}
                >
                  {s.step.id === marker && (
                    <p class="today-marker">
                      <span>{t('timeline.today', { date: formatDate(today, lang) })}</span>
                    </p>
                  )}
                  <StatusBadge status={s.status} />
                  <a class="step__title" href={`/parcours/${journey.id}/etapes/${s.step.id}`}>
                    {tc(moment.id, `steps.${s.step.id}.title`)}
                  </a>
                  <p class="step__date">{dateText(s, today, lang, t)}</p>
                  {s.step.id === currentId && <p class="step__next-label">{t('timeline.nextLabel')}</p>}
                </li>
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
