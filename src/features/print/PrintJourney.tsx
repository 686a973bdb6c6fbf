// One journey on paper: its steps with dates, who to contact, and the actions to tick by hand.
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/buildView';
import { dateText } from '../timeline/dateText';

/** Printed steps of a journey. */
export function PrintJourney({ view, heading }: { view: JourneyView; heading: boolean }) {
  const { t, tc, lang } = useT();
  const m = view.moment.id;
  const steps = view.steps.filter((s) => s.status !== 'notConcerned');
  return (
    <section class="print-journey">
      <h2>{heading ? tc(m, 'title') : t('print.steps')}</h2>
      <ol class="print-steps">
        {steps.map((s) => (
          <li key={s.step.id}>
            <p class="print-step__title">
              <span aria-hidden="true">{s.status === 'done' ? '☑' : '☐'} </span>
              {tc(m, `steps.${s.step.id}.title`)}
              {s.status === 'done' && ` (${t('status.done')})`}
            </p>
            <p class="print-step__date">
              {dateText(s, view.today, lang, t)} — {tc('catalog', `bodies.${s.step.body}.name`)}
            </p>
            {s.status !== 'done' && (
              <ul class="print-actions">
                {s.step.actions.map((a) => (
                  <li key={a}>
                    <span aria-hidden="true">☐ </span>
                    {tc(m, `steps.${s.step.id}.actions.${a}`)}
                  </li>
                ))}
              </ul>
            )}
            {view.progress[s.step.id]?.note && (
              <p class="print-note">
                {t('step.note')} : {view.progress[s.step.id]?.note}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
