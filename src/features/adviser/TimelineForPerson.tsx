// The journey's steps as a plain list in the person's language, for their column.
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/buildView';
import { dateText } from '../timeline/dateText';

/** Read-only list of the person's steps. */
export function TimelineForPerson({ view }: { view: JourneyView }) {
  const { t, tc, lang } = useT();
  const m = view.moment.id;
  return (
    <div>
      <p class="person-step__title">{tc(m, 'title')}</p>
      <ol class="person-steps">
        {view.steps
          .filter((s) => s.status !== 'notConcerned')
          .map((s) => (
            <li key={s.step.id}>
              <strong>{tc(m, `steps.${s.step.id}.title`)}</strong>
              <br />
              <span class="muted">
                {t(`status.${s.status}`)} · {dateText(s, view.today, lang, t)}
              </span>
            </li>
          ))}
      </ol>
    </div>
  );
}
