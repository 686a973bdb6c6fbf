// "À faire maintenant": overdue and due-soon steps of all journeys in one list, most urgent first.
import { agenda } from '../../domain/agenda';
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/buildView';
import { dateText } from '../timeline/dateText';
import { StatusBadge } from '../timeline/StatusBadge';

/** The cross-journey to-do list, with an empty state that says all is in order. */
export function Agenda({ views }: { views: JourneyView[] }) {
  const { t, tc, lang } = useT();
  const active = views.filter((v) => v.journey.status === 'active');
  const items = agenda(
    active.map((v) => ({ journeyId: v.journey.id, momentId: v.moment.id, steps: v.steps })),
    { limit: 8 },
  );
  const today = active[0]?.today ?? '';
  return (
    <section aria-labelledby="agenda-title" class="agenda">
      <h2 id="agenda-title">{t('dashboard.agenda')}</h2>
      {items.length === 0 ? (
        <p class="empty">{t('dashboard.agendaEmpty')}</p>
      ) : (
        <ul class="agenda__list">
          {items.map((item) => (
            <li key={`${item.journeyId}-${item.step.id}`} class={`agenda__item agenda__item--${item.status}`}>
              <StatusBadge status={item.status} />
              <a href={`/parcours/${item.journeyId}/etapes/${item.step.id}`} class="agenda__title">
                {tc(item.momentId, `steps.${item.step.id}.title`)}
              </a>
              <p class="muted">
                {dateText(item, today, lang, t)} · {tc(item.momentId, 'title')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
