// The deadline of a step, what happens if it is missed, and how long the step takes.
import type { ScheduledStep } from '../../domain/schedule';
import { formatDate, formatRelative } from '../../i18n/format';
import { useT } from '../../i18n/useT';

/** Deadline box. */
export function Deadline({
  momentId,
  scheduled,
  today,
}: {
  momentId: string;
  scheduled: ScheduledStep;
  today: string;
}) {
  const { t, tc, lang } = useT();
  const key = `steps.${scheduled.step.id}`;
  return (
    <section class="deadline" aria-labelledby="deadline-title">
      <h2 id="deadline-title">{t('step.deadline')}</h2>
      {scheduled.to && (
        <p class="deadline__date">
          {t('step.deadlineDate', {
            date: formatDate(scheduled.to, lang),
            relative: formatRelative(today, scheduled.to, lang),
          })}
        </p>
      )}
      <p>
        <strong>{t('step.consequence')}</strong> {tc(momentId, `${key}.consequence`)}
      </p>
      <p>
        <strong>{t('step.duration')}</strong> {tc(momentId, `${key}.duration`)}
      </p>
    </section>
  );
}
